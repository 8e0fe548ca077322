using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberActivated;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Keeps the list of active prescribers in step with the CRM.</summary>
public static class AllowActivatedPrescriber
{
    public static Task Handle(
        ProviderActivated message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(AllowActivatedPrescriber), message, envelope, async ct => await sender.Send(new RecordPrescriberActivated(
            message.ProviderId, message.Npi, message.FirstName, message.LastName, message.Credential, message.OccurredAt), ct), cancellationToken);
}

using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberSuspended;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

public static class StopSuspendedPrescriber
{
    public static Task Handle(
        ProviderSuspended message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StopSuspendedPrescriber), message, envelope, async ct => await sender.Send(
            new RecordPrescriberSuspended(message.ProviderId, message.Reason, message.OccurredAt), ct), cancellationToken);
}

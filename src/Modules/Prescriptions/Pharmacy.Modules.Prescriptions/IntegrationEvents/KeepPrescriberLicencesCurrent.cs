using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberLicences;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Keeps this module's copy of each prescriber's state licences as the CRM holds them, for intake and verification.</summary>
public static class KeepPrescriberLicencesCurrent
{
    public static Task Handle(
        ProviderLicenceChanged message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(KeepPrescriberLicencesCurrent), message, envelope, async ct => await sender.Send(new RecordPrescriberLicences(
            message.ProviderId, [.. message.Licences.Select(licence => new HeldLicence(licence.State, licence.Number, licence.ExpiresOn))],
            message.OccurredAt), ct), cancellationToken);
}

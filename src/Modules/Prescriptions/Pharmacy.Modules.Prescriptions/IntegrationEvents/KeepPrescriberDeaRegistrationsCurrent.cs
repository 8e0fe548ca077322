using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberDeaRegistrations;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Keeps this module's copy of each prescriber's DEA registrations as the CRM holds them, for controlled formulas.</summary>
public static class KeepPrescriberDeaRegistrationsCurrent
{
    public static Task Handle(
        DeaRegistrationChanged message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(KeepPrescriberDeaRegistrationsCurrent), message, envelope, async ct => await sender.Send(
            new RecordPrescriberDeaRegistrations(
                message.ProviderId, [.. message.Registrations.Select(dea => new HeldDeaRegistration(dea.Number, dea.Schedules, dea.ExpiresOn))],
                message.OccurredAt), ct), cancellationToken);
}

using Mediator;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.ProviderCrm.Features.RecordPrescriptionOfProvider;
using Pharmacy.Modules.ProviderCrm.Features.RecordRevenueOfPrescription;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.ProviderCrm.IntegrationEvents;

/// <summary>Keeps each provider's prescribing volume and revenue for the account manager's dashboard.</summary>
public static class FollowPrescribingActivity
{
    public static Task Handle(
        PrescriptionReceived message, Envelope envelope, Inbox<ProviderCrmDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(FollowPrescribingActivity), message, envelope, async ct =>
            await sender.Send(new RecordPrescriptionOfProvider(message.RxNumber, message.PrescriberId, message.OccurredAt), ct), cancellationToken);

    public static Task Handle(ChargeCreated message, Envelope envelope, Inbox<ProviderCrmDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(FollowPrescribingActivity), message, envelope, async ct =>
            await sender.Send(new RecordRevenueOfPrescription(message.RxNumber, message.Amount, message.Currency), ct), cancellationToken);
}

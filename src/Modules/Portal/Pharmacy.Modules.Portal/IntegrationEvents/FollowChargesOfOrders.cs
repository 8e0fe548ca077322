using Mediator;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Portal.Features.RecordOrderCharge;
using Pharmacy.Modules.Portal.Features.RecordOrderPayment;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Portal.IntegrationEvents;

/// <summary>Keeps the clinics' invoices in step with Billing: the charges of their orders' fills and the payments against them.</summary>
public static class FollowChargesOfOrders
{
    public static Task Handle(ChargeCreated message, Envelope envelope, Inbox<PortalDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(FollowChargesOfOrders), message, envelope, async ct => await sender.Send(new RecordOrderCharge(
            message.ChargeId, message.RxNumber, message.Amount, message.Currency, message.PayerType, message.OccurredAt), ct), cancellationToken);

    public static Task Handle(PaymentReceived message, Envelope envelope, Inbox<PortalDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(FollowChargesOfOrders), message, envelope, async ct =>
            await sender.Send(new RecordOrderPayment(message.ChargeId, message.Amount, message.Settled), ct), cancellationToken);
}

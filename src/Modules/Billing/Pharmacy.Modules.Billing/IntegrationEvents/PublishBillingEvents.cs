using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Billing.IntegrationEvents;

/// <summary>Tells Reporting (and anyone else) about charges and payments, through the Billing outbox, in the same transaction.</summary>
internal sealed class PublishBillingEvents(BillingDbContext db) :
    IDomainEventHandler<ChargeCreatedDomainEvent>,
    IDomainEventHandler<PaymentReceivedDomainEvent>
{
    public ValueTask Handle(ChargeCreatedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new ChargeCreated(
            domainEvent.ChargeId.Value, domainEvent.FillId, domainEvent.RxNumber, domainEvent.Amount.Amount, domainEvent.Amount.Currency,
            domainEvent.PayerType.ToString(), domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PaymentReceivedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PaymentReceived(
            domainEvent.ChargeId.Value, domainEvent.PaymentId.Value, domainEvent.Amount.Amount, domainEvent.Amount.Currency, domainEvent.Method.ToString(),
            domainEvent.Settled, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

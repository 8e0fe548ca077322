using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed record ChargeCreatedDomainEvent(
    ChargeId ChargeId, Guid FillId, long RxNumber, Money Amount, PayerType PayerType, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentReceivedDomainEvent(
    ChargeId ChargeId, PaymentId PaymentId, Money Amount, PaymentMethod Method, bool Settled, DateTimeOffset OccurredAt)
    : IDomainEvent;

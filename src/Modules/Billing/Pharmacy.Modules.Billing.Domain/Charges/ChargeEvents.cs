using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed record ChargeCreatedDomainEvent(
    ChargeId ChargeId, Guid FillId, long RxNumber, decimal Amount, string Currency, PayerType PayerType, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentReceivedDomainEvent(
    ChargeId ChargeId, PaymentId PaymentId, decimal Amount, string Currency, PaymentMethod Method, bool Settled, DateTimeOffset OccurredAt)
    : IDomainEvent;

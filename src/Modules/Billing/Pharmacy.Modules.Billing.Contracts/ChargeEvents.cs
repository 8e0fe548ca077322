using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Billing.Contracts;

/// <summary>A dispensed fill was charged to its payer.</summary>
public sealed record ChargeCreated(
    Guid ChargeId, Guid FillId, long RxNumber, decimal Amount, string Currency, string PayerType, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A payment was recorded against a charge.</summary>
public sealed record PaymentReceived(Guid ChargeId, Guid PaymentId, decimal Amount, string Currency, string Method, bool Settled, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

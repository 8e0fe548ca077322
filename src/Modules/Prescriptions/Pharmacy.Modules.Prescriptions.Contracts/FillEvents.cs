using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Prescriptions.Contracts;

/// <summary>A fill (the original or a refill) of a verified prescription must be made: Compounding plans a batch for it.</summary>
public sealed record FillRequested(
    Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity, int DaysSupply,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The fill left the pharmacy, picked up or shipped. Billing charges it; the payer name is the patient's, since a cash
/// charge is addressed to them (stored in the outbox, never logged).
/// </summary>
public sealed record FillDispensed(
    Guid FillId, Guid PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, Guid? BatchId, string Method,
    string? Carrier, string? TrackingNumber, Guid PrescriberId, string PayerName, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A fill not yet handed out was cancelled with its prescription. Compounding takes it off its batch (BatchId, when one
/// was planned); Reporting closes its row. The reason is the pharmacy's words, never patient data.
/// </summary>
public sealed record FillCancelled(
    Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, Guid? BatchId, string Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A pharmacist made the final check of a released fill (electronic signature): it may now be picked up or shipped.</summary>
public sealed record FillChecked(
    Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, string CheckedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

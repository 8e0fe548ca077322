using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed record PrescriptionReceivedDomainEvent(
    PrescriptionId PrescriptionId, long RxNumber, Guid PrescriberId, string FormulaCode, IntakeChannel Channel, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PrescriptionVerifiedDomainEvent(PrescriptionId PrescriptionId, long RxNumber, string VerifiedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record FillRequestedDomainEvent(
    FillId FillId, PrescriptionId PrescriptionId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity, int DaysSupply,
    DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The fill left the pharmacy. Carries the patient's name because the payer of a cash charge is the patient.</summary>
public sealed record FillDispensedDomainEvent(
    FillId FillId, PrescriptionId PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, Guid? BatchId, DispenseMethod Method,
    string? Carrier, string? TrackingNumber, Guid PrescriberId, string PatientName, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A fill not yet handed out was cancelled with its prescription; BatchId is the batch planned for it, if any.</summary>
public sealed record FillCancelledDomainEvent(
    FillId FillId, PrescriptionId PrescriptionId, long RxNumber, int FillNumber, Guid? BatchId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PrescriptionCancelledDomainEvent(
    PrescriptionId PrescriptionId, long RxNumber, string Reason, string CancelledBy, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// Something the sender follows changed: the status, the question asked, a fill's progress, its BUD or its shipment. It
/// names the prescription rather than copying it, so the publisher reads the state as the whole change left it.
/// </summary>
public sealed record PrescriptionProgressedDomainEvent(Prescription Prescription) : IDomainEvent
{
    /// <summary>Not every act that moves a prescription on is told the time (batch reports are not); the publisher stamps it from its clock.</summary>
    public DateTimeOffset OccurredAt => default;
}

/// <summary>A pharmacist made the final check of a released fill, with their electronic signature: it may now leave the pharmacy.</summary>
public sealed record FillCheckedDomainEvent(
    FillId FillId, PrescriptionId PrescriptionId, long RxNumber, int FillNumber, string CheckedBy, DateTimeOffset OccurredAt) : IDomainEvent;

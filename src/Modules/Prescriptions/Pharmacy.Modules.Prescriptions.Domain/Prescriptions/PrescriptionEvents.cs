using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed record PrescriptionReceivedDomainEvent(
    PrescriptionId PrescriptionId, long RxNumber, Guid PrescriberId, string FormulaCode, IntakeChannel Channel, DateTimeOffset OccurredAt) : IDomainEvent;

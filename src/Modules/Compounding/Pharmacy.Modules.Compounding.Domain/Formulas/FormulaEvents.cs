using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>A formula version was approved for compounding: prescriptions may now name its code.</summary>
public sealed record FormulaApprovedDomainEvent(
    FormulaId FormulaId, string Code, int VersionNumber, string Name, DosageForm DosageForm, string Unit, StorageCondition Storage,
    string? ControlledSchedule, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An approved formula was withdrawn with no version after it: its code may no longer be prescribed or compounded.</summary>
public sealed record FormulaWithdrawnDomainEvent(FormulaId FormulaId, string Code, int VersionNumber, string Reason, DateTimeOffset OccurredAt)
    : IDomainEvent;

using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Compounding.Contracts;

/// <summary>
/// A formula version was approved (the version before it retired in the same act): its code may be prescribed,
/// with what intake, labels and billing need to know of it. Unit is the dispensing unit a quantity is counted in
/// (capsule, mL, g, troche); CountedInWholeUnits says whether a quantity must be whole (capsules, tablets, troches).
/// </summary>
public sealed record FormulaApproved(
    string Code, int Version, string Name, string DosageForm, string Unit, bool CountedInWholeUnits, string Storage,
    string? ControlledSchedule, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// An approved formula was withdrawn and no version of it is approved now: its code may no longer be prescribed. A
/// later approval of a new version (<see cref="FormulaApproved"/>) makes it orderable again.
/// </summary>
public sealed record FormulaWithdrawn(string Code, int Version, string Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

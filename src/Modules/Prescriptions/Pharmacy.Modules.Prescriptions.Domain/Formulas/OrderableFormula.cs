using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

/// <summary>
/// A formula this pharmacy compounds, as Prescriptions knows it from Compounding's events: the approved version's
/// name, form and dispensing unit. A prescription may only name one of these. Compounding owns the master
/// formulation record; this copy holds what intake, labels and queues need.
/// </summary>
public sealed class OrderableFormula : Entity
{
    private OrderableFormula()
    {
    }

    public string Code { get; private set; } = "";

    public int Version { get; private set; }

    public string Name { get; private set; } = "";

    public string DosageForm { get; private set; } = "";

    /// <summary>What a prescribed quantity counts: capsule, mL, g, troche.</summary>
    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    /// <summary>Capsules, tablets, troches and suppositories are dispensed by count: a quantity is a whole number.</summary>
    public bool CountedInWholeUnits { get; private set; }

    public string Storage { get; private set; } = "";

    /// <summary>DEA schedule of the preparation (CII...CV), when it holds a controlled substance.</summary>
    public string? ControlledSchedule { get; private set; }

    public DateTimeOffset ApprovedAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When Compounding withdrew the approved version and left none approved; a new approval clears it.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>Whether a new prescription may name it: an approved version, not withdrawn.</summary>
    public bool IsOrderable => WithdrawnAt is null;

    public static OrderableFormula Approved(
        string code, int version, string name, string dosageForm, string unit, bool countedInWholeUnits, string storage,
        string? controlledSchedule, DateTimeOffset approvedAt, DateTimeOffset now)
    {
        var formula = new OrderableFormula { Code = code.Trim().ToUpperInvariant() };
        formula.Approve(version, name, dosageForm, unit, countedInWholeUnits, storage, controlledSchedule, approvedAt, now);
        return formula;
    }

    /// <summary>A quantity prescribed of this formula: so many of its dispensing unit.</summary>
    public Quantity QuantityOf(decimal amount) => new(amount, Unit);

    /// <summary>
    /// A newer version was approved, and the formula is orderable again if it had been withdrawn. An older event arriving
    /// late changes nothing, nor does the approval of the very version that was withdrawn.
    /// </summary>
    public void Approve(
        int version, string name, string dosageForm, string unit, bool countedInWholeUnits, string storage, string? controlledSchedule,
        DateTimeOffset approvedAt, DateTimeOffset now)
    {
        if (version < Version || (version == Version && WithdrawnAt is not null))
        {
            return;
        }

        WithdrawnAt = null;
        WithdrawalReason = null;

        Version = version;
        Name = name.Trim();
        DosageForm = dosageForm;
        Unit = UnitOfMeasure.Parse(unit);
        CountedInWholeUnits = countedInWholeUnits;
        Storage = storage;
        ControlledSchedule = string.IsNullOrWhiteSpace(controlledSchedule) ? null : controlledSchedule.Trim();
        ApprovedAt = approvedAt;
        RecordedAt = now;
    }

    /// <summary>
    /// Compounding withdrew this version and no version is approved now: new prescriptions are refused, with the reason.
    /// The withdrawal of a version older than the one known (a newer one was approved since) changes nothing.
    /// </summary>
    public void Withdraw(int version, string reason, DateTimeOffset withdrawnAt, DateTimeOffset now)
    {
        if (version < Version)
        {
            return;
        }

        Version = version;
        WithdrawnAt = withdrawnAt;
        WithdrawalReason = reason.Trim();
        RecordedAt = now;
    }
}

using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Compounding.Contracts;

/// <summary>A batch was planned from an approved formula version to serve one or more fills.</summary>
public sealed record BatchPlanned(
    Guid BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, decimal Quantity, string Unit,
    IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A pharmacist other than the preparer checked the compounding record (electronic signature) and the beyond-use date
/// was assigned; FlagsAssessed counts the weights and yield outside their limits the checker assessed. The record
/// itself, with lots, weights and QC checks, follows in <see cref="BatchCompounded"/>, published in the same save.
/// </summary>
public sealed record BatchChecked(
    Guid BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, string CheckedBy, DateTimeOffset BeyondUseDate,
    string BudLimitedBy, int FlagsAssessed, IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>One ingredient lot and the quantity actually weighed or measured from it.</summary>
public sealed record IngredientLotUsed(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit);

/// <summary>Inventory reserved the lots (listed with what was reserved of each) and the technician began compounding.</summary>
public sealed record BatchStarted(
    Guid BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, decimal Quantity, string Unit,
    IReadOnlyList<IngredientLotUsed> ReservedLots, IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The compounding record was entered with a deviation the checker must assess before signing: each flag in words
/// (a weight outside ±5%, a yield outside 95-105%) and the preparer's explanation.
/// </summary>
public sealed record BatchDeviationRecorded(
    Guid BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, IReadOnlyList<string> Flags, string? Deviations,
    string RecordedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A planned batch lost its last fill to a cancelled prescription; nothing was reserved or made.</summary>
public sealed record BatchCancelled(Guid BatchId, string BatchNumber, string FormulaCode, string Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A quality check the formula asks for, with its acceptance limit in words ("pH 6.5-7.5") and, where the result is a
/// number, how it is measured and the limits in that measure: <see cref="QcMeasures"/> names them. Lowest and Highest
/// are both given for a measured check (Lowest below Highest) and absent for a pass/fail one.
/// </summary>
public sealed record QualityCheckSpec(string Name, string Specification, string Measure = QcMeasures.PassFail, decimal? Lowest = null, decimal? Highest = null);

/// <summary>How a QC result is entered and judged: in the check's own unit, never guessed from its name.</summary>
public static class QcMeasures
{
    /// <summary>Judged by the reviewer against the specification in words (appearance, sterility: no growth).</summary>
    public const string PassFail = "PassFail";

    /// <summary>Potency as a percentage of the labelled strength (90-110).</summary>
    public const string PercentOfLabel = "PercentOfLabel";

    /// <summary>Milligrams of the active per dosage unit (per capsule, per mL): 4.6 against 4.28-4.73 for 4.5 mg.</summary>
    public const string MgPerUnit = "MgPerUnit";

    /// <summary>pH units, 0-14.</summary>
    public const string Ph = "Ph";

    public static readonly IReadOnlyList<string> All = [PassFail, PercentOfLabel, MgPerUnit, Ph];
}

/// <summary>One ingredient line of the record as weighed: the theoretical and actual quantity, and whether it was outside ±5%.</summary>
public sealed record WeighedLine(string ItemCode, string Name, string Role, decimal Theoretical, decimal Actual, string Unit, bool OutsideTolerance);

/// <summary>
/// The batch was compounded and checked by a pharmacist (electronic signature). Inventory consumes the lots,
/// Quality opens its release task. BudLimitedBy says which of the USP table limit, the stability reference or the
/// earliest ingredient lot expiry set the beyond-use date. What the reviewer must see before releasing comes with it:
/// the weights against theoretical, the actual yield as a percentage of theoretical, each flag the checker assessed
/// (weights outside ±5%, yield outside 95-105%) in words, the preparer's deviations and the checker's assessment.
/// </summary>
public sealed record BatchCompounded(
    Guid BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    DateTimeOffset BeyondUseDate, string BudLimitedBy, string Storage, IReadOnlyList<IngredientLotUsed> Lots,
    IReadOnlyList<QualityCheckSpec> QualityChecks, IReadOnlyList<Guid> FillIds, string PreparedBy, string CheckedBy,
    DateTimeOffset OccurredAt, IReadOnlyList<WeighedLine>? Weights = null, decimal? YieldPercent = null,
    IReadOnlyList<string>? Flags = null, string? Deviations = null, string? CheckAssessment = null) : IIntegrationEvent;

/// <summary>
/// A fill drew on a stock batch Quality had already released: the fill is ready to be checked and dispensed now,
/// dated with the batch's beyond-use date (which outlasts its days supply) and kept in the batch's storage.
/// </summary>
public sealed record FillServedFromStock(
    Guid FillId, Guid BatchId, string BatchNumber, string FormulaCode, DateTimeOffset BeyondUseDate, string Storage,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// What Compounding says about a batch that waits for release: the facts Quality reviews, and the compounding record's
/// weights, yield, flags, deviations and the checker's assessment (absent from batches announced before they were sent).
/// </summary>
public sealed record CompoundedBatch(
    Guid BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    DateTimeOffset BeyondUseDate, BudLimitedBy BudLimitedBy, StorageCondition Storage, IReadOnlyList<BatchLot> Lots, IReadOnlyList<QcCheckSpec> Checks,
    IReadOnlyList<Guid> FillIds, string PreparedBy, string CheckedBy, DateTimeOffset CompoundedAt,
    IReadOnlyList<WeighedLine>? Weights = null, decimal? YieldPercent = null, IReadOnlyList<string>? Flags = null, string? Deviations = null,
    string? CheckAssessment = null);

/// <summary>
/// A QC check the formula asks for, with its acceptance limit in words ("pH 6.5-7.5") and, for a measured check, how
/// its result is measured and the limits in that measure.
/// </summary>
public sealed record QcCheckSpec(string Name, string Specification, QcMeasure Measure = QcMeasure.PassFail, decimal? Lowest = null, decimal? Highest = null);

/// <summary>An ingredient lot the batch was made from, and how much of it went in.</summary>
public sealed record BatchLot(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit);

/// <summary>One ingredient line of the compounding record as weighed: theoretical against actual, and whether it was outside ±5%.</summary>
public sealed record WeighedLine(string ItemCode, string Name, string Role, decimal Theoretical, decimal Actual, string Unit, bool OutsideTolerance);

/// <summary>A verified electronic signature, as this module records it on a release decision.</summary>
public sealed record DecisionSignature(string SignedBy, string Meaning, DateTimeOffset SignedAt);

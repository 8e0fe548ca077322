using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A batch was planned, or a fill joined a planned batch (the fills listed are all it serves now).</summary>
public sealed record BatchPlannedDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, decimal Quantity, string Unit,
    IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// A pharmacist checked the compounding record; the batch waits for Quality's release, which reviews the weights,
/// yield, flags, deviations and the checker's assessment that come with it.
/// </summary>
public sealed record BatchCheckedDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    BeyondUseDate BeyondUseDate, IReadOnlyList<LotUsed> Lots, IReadOnlyList<QualityCheckSpecification> QualityChecks,
    IReadOnlyList<Guid> FillIds, string PreparedBy, string CheckedBy, DateTimeOffset OccurredAt,
    IReadOnlyList<WeighedLineRecord> Weights, decimal? YieldPercent, IReadOnlyList<string> Flags, string? Deviations, string? CheckAssessment) : IDomainEvent;

/// <summary>Inventory reserved the lots and compounding began; the lots are listed with what was reserved of each.</summary>
public sealed record BatchStartedDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, decimal Quantity, string Unit,
    IReadOnlyList<LotUsed> ReservedLots, IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// The record was entered with something the checker must assess: the flags in words (weights outside ±5%, yield
/// outside 95-105%) and the preparer's deviation note.
/// </summary>
public sealed record BatchDeviationRecordedDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, IReadOnlyList<string> Flags, string? Deviations,
    string RecordedBy, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A planned batch lost its last fill to a cancellation and will not be made.</summary>
public sealed record BatchCancelledDomainEvent(BatchId BatchId, string BatchNumber, string FormulaCode, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record LotUsed(string ItemCode, Guid LotId, string LotNumber, Quantity Quantity);

/// <summary>One line of the record as weighed (counted, for containers) against its theoretical quantity.</summary>
public sealed record WeighedLineRecord(string ItemCode, string Name, IngredientRole Role, Quantity Theoretical, Quantity Actual, bool OutsideTolerance);

/// <summary>A QC check a batch must pass before release, with how its result is measured and its limits (none for pass/fail).</summary>
public sealed record QualityCheckSpecification(
    string Name, string Specification, QcMeasure Measure = QcMeasure.PassFail, decimal? Lowest = null, decimal? Highest = null);

/// <summary>A fill drew on a stock batch already released: it is ready now, with the batch's beyond-use date and storage.</summary>
public sealed record FillServedFromStockDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, Guid FillId, DateTimeOffset BeyondUseDate, StorageCondition Storage,
    DateTimeOffset OccurredAt) : IDomainEvent;

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>What Compounding says about a batch that waits for release: the facts Quality reviews.</summary>
public sealed record CompoundedBatch(
    Guid BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    DateTimeOffset BeyondUseDate, BudLimitedBy BudLimitedBy, StorageCondition Storage, IReadOnlyList<BatchLot> Lots, IReadOnlyList<QcCheckSpec> Checks,
    IReadOnlyList<Guid> FillIds, string PreparedBy, string CheckedBy, DateTimeOffset CompoundedAt);

/// <summary>A QC check the formula asks for, with its acceptance limit in words ("pH 6.5-7.5").</summary>
public sealed record QcCheckSpec(string Name, string Specification);

/// <summary>An ingredient lot the batch was made from, and how much of it went in.</summary>
public sealed record BatchLot(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit);

/// <summary>A verified electronic signature, as this module records it on a release decision.</summary>
public sealed record DecisionSignature(string SignedBy, string Meaning, DateTimeOffset SignedAt);

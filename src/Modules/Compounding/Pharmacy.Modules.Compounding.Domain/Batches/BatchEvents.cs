using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A batch was planned, or a fill joined a planned batch (the fills listed are all it serves now).</summary>
public sealed record BatchPlannedDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, decimal Quantity, string Unit,
    IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A pharmacist checked the compounding record; the batch waits for Quality's release.</summary>
public sealed record BatchCheckedDomainEvent(
    BatchId BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    BeyondUseDate BeyondUseDate, IReadOnlyList<LotUsed> Lots, IReadOnlyList<QualityCheckSpecification> QualityChecks,
    IReadOnlyList<Guid> FillIds, string PreparedBy, string CheckedBy, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record LotUsed(string ItemCode, Guid LotId, string LotNumber, Quantity Quantity);

public sealed record QualityCheckSpecification(string Name, string Specification);

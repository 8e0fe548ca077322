using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Compounding.Contracts;

/// <summary>A batch was planned from an approved formula version to serve one or more fills.</summary>
public sealed record BatchPlanned(
    Guid BatchId, string BatchNumber, string FormulaCode, int FormulaVersion, decimal Quantity, string Unit,
    IReadOnlyList<Guid> FillIds, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>One ingredient lot and the quantity actually weighed or measured from it.</summary>
public sealed record IngredientLotUsed(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit);

/// <summary>A quality check the formula asks for, with its acceptance limit in words ("pH 6.5-7.5").</summary>
public sealed record QualityCheckSpec(string Name, string Specification);

/// <summary>
/// The batch was compounded and checked by a pharmacist (electronic signature). Inventory consumes the lots,
/// Quality opens its release task. BudLimitedBy says which of the USP table limit, the stability reference or the
/// earliest ingredient lot expiry set the beyond-use date.
/// </summary>
public sealed record BatchCompounded(
    Guid BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    DateTimeOffset BeyondUseDate, string BudLimitedBy, string Storage, IReadOnlyList<IngredientLotUsed> Lots,
    IReadOnlyList<QualityCheckSpec> QualityChecks, IReadOnlyList<Guid> FillIds, string PreparedBy, string CheckedBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>What Inventory answered when asked for lots: the reserved lots, or what is missing.</summary>
public sealed record LotAllocation(bool Succeeded, IReadOnlyList<BatchLot> Lots, IReadOnlyList<StockShortfall> Shortfalls);

/// <summary>An ingredient Inventory cannot supply in full.</summary>
public sealed record StockShortfall(string ItemCode, string ItemName, decimal Needed, decimal Available, string Unit);

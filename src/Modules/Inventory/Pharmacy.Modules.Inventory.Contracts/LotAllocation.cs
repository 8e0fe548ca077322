namespace Pharmacy.Modules.Inventory.Contracts;

/// <summary>
/// The one synchronous question Compounding asks Inventory, when a batch starts: reserve released, unexpired lots,
/// first-expiry-first-out, none expiring before the batch's use-by date. Asking again for the same batch returns the
/// same reservation. Sent with Wolverine's InvokeAsync; the answer is a <see cref="LotAllocationResult"/>.
/// </summary>
public sealed record AllocateLotsForBatch(Guid BatchId, string BatchNumber, IReadOnlyList<IngredientNeed> Needs, DateOnly UseBy);

public sealed record IngredientNeed(string ItemCode, decimal Quantity, string Unit);

public sealed record AllocatedLot(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit, DateOnly ExpiresOn);

/// <summary>What is missing, in the words a technician needs: which ingredient and by how much.</summary>
public sealed record StockShortfall(string ItemCode, string ItemName, decimal Needed, decimal Available, string Unit);

public sealed record LotAllocationResult(bool Succeeded, IReadOnlyList<AllocatedLot> Lots, IReadOnlyList<StockShortfall> Shortfalls);

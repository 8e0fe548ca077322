using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Allocation;

/// <summary>What a batch needs of one item, in the unit the batch's formula states it (as Compounding wrote it).</summary>
public sealed record StockNeed(string ItemCode, decimal Quantity, string Unit);

/// <summary>How much to reserve from one lot, in the lot's unit.</summary>
public sealed record PlannedReservation(Lot Lot, Quantity Quantity);

/// <summary>An item the batch cannot have in full; <see cref="ItemName"/> also says why when it is not plain lack of stock.</summary>
public sealed record Shortfall(string ItemCode, string ItemName, decimal Needed, decimal Available, string Unit);

public sealed record AllocationPlan(IReadOnlyList<PlannedReservation> Reservations, IReadOnlyList<Shortfall> Shortfalls)
{
    /// <summary>All or nothing: a batch that cannot have every ingredient reserves none, so no stock is held for nothing.</summary>
    public bool Succeeded => Shortfalls.Count == 0;
}

/// <summary>
/// First-expiry-first-out: for each ingredient, take from the released lot that expires first, then the next,
/// skipping lots in quarantine, expired, or expiring before the batch's use-by date. Quantities are compared in the
/// item's own unit; a need stated in another unit is refused, never converted, because a wrong conversion of a
/// potent drug is worse than a stopped batch.
/// </summary>
public static class FefoAllocator
{
    public static AllocationPlan Plan(
        IEnumerable<StockNeed> needs, IReadOnlyCollection<Item> items, IReadOnlyCollection<Lot> lots, DateOnly today, DateOnly useBy)
    {
        var reservations = new List<PlannedReservation>();
        var shortfalls = new List<Shortfall>();
        foreach (var need in Combine(needs))
        {
            var item = items.FirstOrDefault(i => string.Equals(i.Code, need.ItemCode, StringComparison.OrdinalIgnoreCase));
            if (item is null)
            {
                shortfalls.Add(new Shortfall(need.ItemCode, $"{need.ItemCode} is not an inventory item", need.Quantity, 0, need.Unit));
                continue;
            }

            if (!item.Unit.Matches(need.Unit))
            {
                shortfalls.Add(new Shortfall(
                    item.Code, $"{item.Name} is stocked in {item.Unit}, not {need.Unit}; no conversion is made", need.Quantity, 0, need.Unit));
                continue;
            }

            var needed = new Quantity(need.Quantity, item.Unit);
            var candidates = lots
                .Where(lot => lot.ItemId == item.Id && lot.IsAllocatable(today, useBy))
                .OrderBy(lot => lot.ExpiresOn).ThenBy(lot => lot.ReceivedAt).ThenBy(lot => lot.LotNumber, StringComparer.Ordinal)
                .ToList();
            var available = candidates.Aggregate(Quantity.Zero(item.Unit), (sum, lot) => sum + lot.Available);
            if (available < needed)
            {
                shortfalls.Add(new Shortfall(item.Code, item.Name, needed.Amount, available.Amount, item.Unit.Symbol));
                continue;
            }

            var remaining = needed;
            foreach (var lot in candidates.TakeWhile(_ => remaining.IsPositive))
            {
                var take = Quantity.Min(remaining, lot.Available);
                reservations.Add(new PlannedReservation(lot, take));
                remaining -= take;
            }
        }

        return shortfalls.Count == 0 ? new AllocationPlan(reservations, []) : new AllocationPlan([], shortfalls);
    }

    /// <summary>One need per item and unit, so an item listed twice is not allocated the same stock twice.</summary>
    private static IEnumerable<StockNeed> Combine(IEnumerable<StockNeed> needs) =>
        needs
            .GroupBy(need => (Code: need.ItemCode.Trim().ToUpperInvariant(), Unit: UnitOfMeasure.TryParse(need.Unit, out var unit) ? unit.Symbol : need.Unit.Trim()))
            .Select(group => new StockNeed(group.Key.Code, group.Sum(need => need.Quantity), group.Key.Unit));
}

using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Persistence;

/// <summary>
/// Balances derived from the ledger in SQL, for lists and reports, as amounts in the item's unit. On hand is every line but reservations; what is
/// available counts only lots that may be used today (released, not expired), net of their open reservations.
/// </summary>
internal static class StockLevels
{
    public static IQueryable<ItemStock> ItemStock(this InventoryDbContext db, DateOnly today) =>
        db.Items.Select(item => new ItemStock
        {
            Item = item,
            OnHand = db.Lots.Where(lot => lot.ItemId == item.Id)
                .SelectMany(lot => lot.Movements)
                .Where(m => m.Type != MovementType.Reservation && m.Type != MovementType.ReservationRelease)
                .Sum(m => (decimal?)m.Quantity) ?? 0,
            Available = db.Lots.Where(lot => lot.ItemId == item.Id && lot.Status == LotStatus.Released && lot.ExpiresOn >= today)
                .SelectMany(lot => lot.Movements)
                .Sum(m => (decimal?)m.Quantity) ?? 0,
        });

    public static IQueryable<LotStock> LotStock(this InventoryDbContext db) =>
        from lot in db.Lots
        join item in db.Items on lot.ItemId equals item.Id
        select new LotStock
        {
            LotId = lot.Id,
            ItemCode = item.Code,
            ItemName = item.Name,
            ItemId = item.Id,
            Unit = lot.Unit,
            LotNumber = lot.LotNumber,
            Manufacturer = lot.Manufacturer,
            Vendor = lot.Vendor,
            ExpiresOn = lot.ExpiresOn,
            ReceivedAt = lot.ReceivedAt,
            CertificateOfAnalysis = lot.CertificateOfAnalysis,
            Status = lot.Status,
            CostPerUnit = item.CostPerUnit,
            OnHand = lot.Movements
                .Where(m => m.Type != MovementType.Reservation && m.Type != MovementType.ReservationRelease)
                .Sum(m => (decimal?)m.Quantity) ?? 0,
            // Kept as the signed ledger sum (zero or less): SQLite stores decimals as text, and negating there loses precision.
            ReservationLines = lot.Movements
                .Where(m => m.Type == MovementType.Reservation || m.Type == MovementType.ReservationRelease)
                .Sum(m => (decimal?)m.Quantity) ?? 0,
        };
}

internal sealed class ItemStock
{
    public required Item Item { get; init; }

    public decimal OnHand { get; init; }

    public decimal Available { get; init; }
}

internal sealed class LotStock
{
    public LotId LotId { get; init; }

    public ItemId ItemId { get; init; }

    public string ItemCode { get; init; } = "";

    public string ItemName { get; init; } = "";

    public UnitOfMeasure Unit { get; init; } = UnitOfMeasure.Each;

    public string LotNumber { get; init; } = "";

    public string Manufacturer { get; init; } = "";

    public string? Vendor { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public string? CertificateOfAnalysis { get; init; }

    public LotStatus Status { get; init; }

    public Money CostPerUnit { get; init; }

    public decimal OnHand { get; init; }

    public decimal ReservationLines { get; init; }

    public decimal Reserved => -ReservationLines;
}

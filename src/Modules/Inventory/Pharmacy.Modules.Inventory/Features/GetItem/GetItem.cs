using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Inventory.Features.GetItem;

/// <summary>One item with its lots (newest expiry last), its most recent ledger lines and its record history.</summary>
public sealed record GetItem(string Code) : IQuery<ItemDetails>;

public sealed record ItemDetails(
    ItemSummary Item, decimal CostPerUnit, string Currency, IReadOnlyList<LotSummary> Lots, IReadOnlyList<MovementLine> RecentMovements,
    IReadOnlyList<HistoryEntry> History);

public sealed record LotSummary(
    Guid Id, string LotNumber, string Manufacturer, string? Vendor, DateOnly ExpiresOn, DateTimeOffset ReceivedAt, string? CertificateOfAnalysis,
    string Status, decimal OnHand, decimal Reserved, decimal Available, string Unit)
{
    public bool CanBeReleased => Status == nameof(LotStatus.Quarantined);
}

public sealed record MovementLine(
    Guid LotId, string LotNumber, int Sequence, string Type, decimal Quantity, string Unit, string? BatchNumber, string? Reason,
    string RecordedBy, DateTimeOffset RecordedAt);

internal sealed class GetItemHandler(InventoryDbContext db, TimeProvider clock, PharmacyTimeZone zone) : IQueryHandler<GetItem, ItemDetails>
{
    private const int RecentMovementCount = 50;
    private const int HistoryCount = 50;

    public async ValueTask<ItemDetails> Handle(GetItem query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var code = query.Code.Trim().ToUpperInvariant();
        var item = await db.ItemStock(today).AsNoTracking().SingleOrDefaultAsync(row => row.Item.Code == code, cancellationToken)
                   ?? throw new NotFoundException("Item", code);
        var lots = await db.LotStock().AsNoTracking()
            .Where(lot => lot.ItemId == item.Item.Id)
            .OrderBy(lot => lot.ExpiresOn).ThenBy(lot => lot.LotNumber)
            .ToListAsync(cancellationToken);
        var lotIds = lots.Select(lot => lot.LotId).ToList();
        var movements = await (
                from movement in db.StockMovements.AsNoTracking()
                where lotIds.Contains(movement.LotId)
                join lot in db.Lots on movement.LotId equals lot.Id
                orderby movement.RecordedAt descending, movement.Sequence descending
                select new { movement, lot.LotNumber, lot.Unit })
            .Take(RecentMovementCount)
            .ToListAsync(cancellationToken);
        var history = await HistoryAsync(item.Item, lots, cancellationToken);

        return new ItemDetails(
            GetItemsHandler.ToSummary(item),
            item.Item.CostPerUnit.Amount,
            item.Item.CostPerUnit.Currency,
            [.. lots.Select(lot => ToSummary(lot, today))],
            [
                .. movements.Select(m => new MovementLine(
                    m.movement.LotId.Value, m.LotNumber, m.movement.Sequence, m.movement.Type.ToString(), m.movement.Quantity, m.Unit.Symbol,
                    m.movement.BatchNumber, m.movement.Reason, m.movement.RecordedBy, m.movement.RecordedAt)),
            ],
            history);
    }

    internal static LotSummary ToSummary(LotStock lot, DateOnly today) =>
        new(
            lot.LotId.Value, lot.LotNumber, lot.Manufacturer, lot.Vendor, lot.ExpiresOn, lot.ReceivedAt, lot.CertificateOfAnalysis,
            LotStatuses.Effective(lot.Status, lot.ExpiresOn, today).ToString(), lot.OnHand, lot.Reserved, Available(lot, today), lot.Unit.Symbol);

    /// <summary>What a batch could still take from the lot: nothing while it is quarantined, expired, recalled or empty.</summary>
    private static decimal Available(LotStock lot, DateOnly today) =>
        LotStatuses.Effective(lot.Status, lot.ExpiresOn, today) == LotStatus.Released ? lot.OnHand - lot.Reserved : 0;

    /// <summary>The item's acts and those of its lots (and their ledger lines), the most recent ones.</summary>
    private Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Item item, IReadOnlyList<LotStock> lots, CancellationToken cancellationToken) =>
        RecordHistory.ReadAsync(
            db,
            zone,
            [
                new HistoryRecord(nameof(Item), item.Id.Value.ToString()),
                .. lots.Select(lot => new HistoryRecord(nameof(Lot), lot.LotId.Value.ToString(), $"Lot {lot.LotNumber}")),
            ],
            cancellationToken,
            latest: HistoryCount);
}

internal static class GetItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/items/{code}", (string code, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetItem(code), cancellationToken))
            .WithName(nameof(GetItem))
            .WithSummary("One item with its lots, recent stock movements and record history")
            .Produces<ItemDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}

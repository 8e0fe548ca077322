using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Inventory.Features.GetItem;

/// <summary>One item with its lots (newest expiry last), its most recent ledger lines and its record history.</summary>
public sealed record GetItem(string Code) : IQuery<ItemDetails>;

public sealed record ItemDetails(
    ItemSummary Item, decimal CostPerUnit, string Currency, IReadOnlyList<LotSummary> Lots, IReadOnlyList<MovementLine> RecentMovements,
    IReadOnlyList<RecordHistoryLine> History);

public sealed record LotSummary(
    Guid Id, string LotNumber, string Manufacturer, string? Vendor, DateOnly ExpiresOn, DateTimeOffset ReceivedAt, string? CertificateOfAnalysis,
    string Status, decimal OnHand, decimal Reserved, decimal Available, string Unit)
{
    public bool CanBeReleased => Status == nameof(LotStatus.Quarantined);
}

public sealed record MovementLine(
    Guid LotId, string LotNumber, int Sequence, string Type, decimal Quantity, string Unit, string? BatchNumber, string? Reason,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>One audit entry of the item or one of its lots.</summary>
public sealed record RecordHistoryLine(
    DateTimeOffset OccurredAt, string UserName, string Action, string Record, string? SignatureMeaning, string? Before, string? After);

internal sealed class GetItemHandler(InventoryDbContext db, TimeProvider clock) : IQueryHandler<GetItem, ItemDetails>
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
            item.Item.CostPerUnit,
            item.Item.Currency,
            [.. lots.Select(lot => ToSummary(lot, today))],
            [
                .. movements.Select(m => new MovementLine(
                    m.movement.LotId.Value, m.LotNumber, m.movement.Sequence, m.movement.Type.ToString(), m.movement.Quantity, m.Unit.Symbol(),
                    m.movement.BatchNumber, m.movement.Reason, m.movement.RecordedBy, m.movement.RecordedAt)),
            ],
            history);
    }

    internal static LotSummary ToSummary(LotStock lot, DateOnly today) =>
        new(
            lot.LotId.Value, lot.LotNumber, lot.Manufacturer, lot.Vendor, lot.ExpiresOn, lot.ReceivedAt, lot.CertificateOfAnalysis,
            LotStatuses.Effective(lot.Status, lot.ExpiresOn, today).ToString(), lot.OnHand, lot.Reserved, Available(lot, today), lot.Unit.Symbol());

    /// <summary>What a batch could still take from the lot: nothing while it is quarantined, expired, recalled or empty.</summary>
    private static decimal Available(LotStock lot, DateOnly today) =>
        LotStatuses.Effective(lot.Status, lot.ExpiresOn, today) == LotStatus.Released ? lot.OnHand - lot.Reserved : 0;

    private async Task<IReadOnlyList<RecordHistoryLine>> HistoryAsync(Item item, IReadOnlyList<LotStock> lots, CancellationToken cancellationToken)
    {
        var itemId = item.Id.ToString();
        var lotNumbers = lots.ToDictionary(lot => lot.LotId.ToString(), lot => lot.LotNumber);
        var lotIds = lotNumbers.Keys.ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(entry => (entry.RecordType == nameof(Item) && entry.RecordId == itemId)
                            || (entry.RecordType == nameof(Lot) && lotIds.Contains(entry.RecordId)))
            .OrderByDescending(entry => entry.Id)
            .Take(HistoryCount)
            .ToListAsync(cancellationToken);
        return
        [
            .. entries.Select(entry => new RecordHistoryLine(
                entry.OccurredAt, entry.UserName, entry.Action,
                entry.RecordType == nameof(Lot) ? $"Lot {lotNumbers.GetValueOrDefault(entry.RecordId, entry.RecordId)}" : "Item",
                entry.SignatureMeaning, entry.Before, entry.After)),
        ];
    }
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

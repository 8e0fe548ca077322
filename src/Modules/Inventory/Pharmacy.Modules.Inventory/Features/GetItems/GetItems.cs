using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Inventory.Features.GetItems;

/// <summary>The item list: search by code, name or NDC, filter by kind, with what is on hand and available today.</summary>
public sealed record GetItems(string? Search, ItemKind? Kind, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ItemSummary>>;

public sealed record ItemSummary(
    Guid Id, string Code, string Name, string Kind, string? Ndc, string Unit, bool HazardousNiosh, string? ControlledSchedule,
    string Storage, decimal OnHand, decimal Available, decimal ReorderPoint, decimal ReorderQuantity)
{
    public bool BelowReorderPoint => Available < ReorderPoint;
}

internal sealed class GetItemsHandler(InventoryDbContext db, TimeProvider clock) : IQueryHandler<GetItems, PagedResult<ItemSummary>>
{
    /// <summary>Fewer digits than a labeler code would match half the catalog.</summary>
    private const int MinimumNdcDigits = 4;

    public async ValueTask<PagedResult<ItemSummary>> Handle(GetItems query, CancellationToken cancellationToken)
    {
        var items = db.Items.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            // LIKE ignores case on both providers, so "naltrexone" finds "Naltrexone hydrochloride USP".
            var pattern = LikePattern.Containing(term);
            var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
            var ndcPattern = digits.Length >= MinimumNdcDigits ? $"%{digits}%" : null;
            items = items.Where(item =>
                EF.Functions.Like(item.Code, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(item.Name, pattern, LikePattern.EscapeCharacter)
                || (ndcPattern != null && item.Ndc != null && EF.Functions.Like(item.Ndc, ndcPattern)));
        }

        if (query.Kind is { } kind)
        {
            items = items.Where(item => item.Kind == kind);
        }

        // The page's codes first, then the stock of those items only.
        var codes = await items.OrderBy(item => item.Code).Select(item => item.Code).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var rows = await db.ItemStock(clock.Today()).AsNoTracking()
            .Where(row => codes.Items.Contains(row.Item.Code))
            .OrderBy(row => row.Item.Code)
            .ToListAsync(cancellationToken);
        return new PagedResult<ItemSummary>([.. rows.Select(ToSummary)], codes.Page, codes.PageSize, codes.TotalCount);
    }

    internal static ItemSummary ToSummary(ItemStock row) =>
        new(
            row.Item.Id.Value, row.Item.Code, row.Item.Name, row.Item.Kind.ToString(), row.Item.Ndc, row.Item.Unit.Symbol(),
            row.Item.HazardousNiosh, row.Item.ControlledSchedule?.ToString(), row.Item.Storage.ToString(), row.OnHand, row.Available,
            row.Item.ReorderPoint, row.Item.ReorderQuantity);
}

internal static class GetItemsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/items", (string? search, ItemKind? kind, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetItems(search, kind, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetItems))
            .WithSummary("List inventory items with on-hand and available quantities, with search, kind filter and paging")
            .Produces<PagedResult<ItemSummary>>();
}

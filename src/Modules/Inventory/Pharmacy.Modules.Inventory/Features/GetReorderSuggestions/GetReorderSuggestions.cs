using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Features.GetReorderSuggestions;

/// <summary>Items whose available stock (usable lots, net of reservations) has fallen below their reorder point.</summary>
public sealed record GetReorderSuggestions : IQuery<IReadOnlyList<ReorderSuggestion>>;

public sealed record ReorderSuggestion(
    string Code, string Name, string Kind, string Unit, decimal OnHand, decimal Available, decimal ReorderPoint, decimal SuggestedQuantity,
    decimal EstimatedCost, string Currency);

internal sealed class GetReorderSuggestionsHandler(InventoryDbContext db, TimeProvider clock)
    : IQueryHandler<GetReorderSuggestions, IReadOnlyList<ReorderSuggestion>>
{
    public async ValueTask<IReadOnlyList<ReorderSuggestion>> Handle(GetReorderSuggestions query, CancellationToken cancellationToken)
    {
        var rows = await db.ItemStock(clock.Today()).AsNoTracking()
            .Where(row => row.Available < row.Item.ReorderPoint.Amount)
            .ToListAsync(cancellationToken);
        return
        [
            .. rows
                // The emptiest first, relative to what the item normally keeps.
                .OrderBy(row => row.Item.ReorderPoint.IsZero ? 0 : row.Available / row.Item.ReorderPoint.Amount).ThenBy(row => row.Item.Code)
                .Select(row =>
                {
                    var quantity = SuggestedQuantity(row);
                    return new ReorderSuggestion(
                        row.Item.Code, row.Item.Name, row.Item.Kind.ToString(), row.Item.Unit.Symbol, row.OnHand, row.Available,
                        row.Item.ReorderPoint.Amount, quantity.Amount, (row.Item.CostPerUnit * quantity.Amount).RoundedToCents().Amount,
                        row.Item.CostPerUnit.Currency);
                }),
        ];
    }

    /// <summary>The usual order quantity, or more when even that would leave the item below its reorder point.</summary>
    private static Quantity SuggestedQuantity(ItemStock row) =>
        Quantity.Max(row.Item.ReorderQuantity, row.Item.ReorderPoint - new Quantity(row.Available, row.Item.Unit));
}

internal static class GetReorderSuggestionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reorder-suggestions", (ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetReorderSuggestions(), cancellationToken))
            .WithName(nameof(GetReorderSuggestions))
            .WithSummary("Items whose available stock is below their reorder point, with a suggested order")
            .Produces<IReadOnlyList<ReorderSuggestion>>();
}

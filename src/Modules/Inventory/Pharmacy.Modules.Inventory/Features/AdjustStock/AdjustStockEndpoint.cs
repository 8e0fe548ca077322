using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Inventory.Features.AdjustStock;

/// <summary>The body of an adjustment: which lot, how much (signed for a correction), and why.</summary>
public sealed record AdjustStockRequest(Guid LotId, decimal Quantity, string Reason, StockChange Change);

internal static class AdjustStockEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{code}/adjustments", async (string code, AdjustStockRequest request, ISender sender, CancellationToken cancellationToken) =>
                await sender.Send(new AdjustStock(code, request.LotId, request.Change, request.Quantity, request.Reason ?? ""), cancellationToken))
            .WithName(nameof(AdjustStock))
            .RequireAccessTo<AdjustStock>()
            .WithSummary("Record a stock correction, waste or return on one lot (never below zero)")
            .Produces<StockAdjusted>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

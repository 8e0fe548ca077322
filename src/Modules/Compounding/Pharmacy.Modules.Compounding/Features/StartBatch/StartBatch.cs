using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;
using Wolverine;
using Wolverine.Runtime.Routing;
using StockShortfall = Pharmacy.Modules.Compounding.Domain.Batches.StockShortfall;

namespace Pharmacy.Modules.Compounding.Features.StartBatch;

/// <summary>
/// Starts compounding a planned batch: Inventory reserves the lots first-expiry-first-out (the theoretical quantity
/// plus the headroom a weight may need), none already expired; a lot that expires before the USP limit may be used
/// and then sets the beyond-use date, which the batch page shows. When something is short the batch stays planned
/// and the answer names each ingredient and how much is missing.
/// </summary>
[Access(CompoundingAccess.Compound)]
public sealed record StartBatch(Guid BatchId) : ICommand;

internal sealed class StartBatchHandler(CompoundingDbContext db, IMessageBus bus, TimeProvider clock) : ICommandHandler<StartBatch>
{
    public async ValueTask<Unit> Handle(StartBatch command, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(BatchId.From(command.BatchId), cancellationToken);
        var formula = await db.ApprovedFormulaAsync(batch.FormulaCode, cancellationToken);
        var needs = batch.NeedsToStart(formula);
        var now = clock.GetUtcNow();
        var answer = await AskInventoryAsync(
            new AllocateLotsForBatch(
                batch.Id.Value, batch.BatchNumber, [.. needs.Select(ToReserve)],
                Formula.UsableLotsExpireAfter(now)),
            cancellationToken);
        if (answer is null)
        {
            throw new BusinessRuleValidationException(new LotsAreReservedByInventoryRule(batch.BatchNumber, inventoryAnswered: false));
        }

        var names = needs.ToDictionary(n => n.ItemCode, n => n.Name);
        var allocation = new LotAllocation(
            answer.Succeeded,
            [.. answer.Lots.Select(lot => new BatchLot(lot.ItemCode, lot.LotId, lot.LotNumber, Quantity.Of(lot.Quantity, lot.Unit), lot.ExpiresOn))],
            [.. answer.Shortfalls.Select(s => new StockShortfall(
                s.ItemCode, string.IsNullOrWhiteSpace(s.ItemName) ? names.GetValueOrDefault(s.ItemCode, s.ItemCode) : s.ItemName,
                s.Needed, s.Available, s.Unit))]);
        batch.Start(formula, allocation, now);
        return Unit.Value;
    }

    private static IngredientNeed ToReserve(IngredientQuantity need)
    {
        var reserve = CompoundingTolerances.ToReserve(need.Theoretical);
        return new IngredientNeed(need.ItemCode, reserve.Amount, reserve.Unit.Symbol);
    }

    /// <summary>No answer (null) when this host runs without the Inventory module: nothing handles the question.</summary>
    private async Task<LotAllocationResult?> AskInventoryAsync(AllocateLotsForBatch question, CancellationToken cancellationToken)
    {
        try
        {
            return await bus.InvokeAsync<LotAllocationResult>(question, cancellationToken);
        }
        catch (IndeterminateRoutesException)
        {
            return null;
        }
    }
}

internal static class StartBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/batches/{id:guid}/start", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new StartBatch(id), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(StartBatch))
            .RequireAccessTo<StartBatch>()
            .WithSummary("Start a planned batch: reserve its ingredient lots (422 naming each shortfall when stock is short)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Features.RecordCompounding;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Features.PlanStockBatch;

/// <summary>
/// A pharmacist plans a batch ahead of the prescriptions it will serve (anticipatory compounding), from the formula's
/// approved version, in its unit. Fills of the formula then draw on it until none is left.
/// </summary>
[Access(CompoundingAccess.Sign)]
public sealed record PlanStockBatch(string FormulaCode, decimal Quantity) : ICommand<StockBatchPlanned>;

public sealed record StockBatchPlanned(Guid BatchId, string BatchNumber);

internal sealed class PlanStockBatchValidator : InputValidator<PlanStockBatch>
{
    public PlanStockBatchValidator()
    {
        RuleFor(command => command.FormulaCode).NotEmpty().WithMessage("Choose the formula to make for stock.").MaximumLength(40);
        RuleFor(command => command.Quantity)
            .GreaterThan(0).WithMessage("Give the quantity to make, in the formula's unit.")
            .LessThanOrEqualTo(RecordCompoundingValidator.MaxQuantity)
            .WithMessage($"A batch makes at most {RecordCompoundingValidator.MaxQuantity:N0} units.");
    }
}

internal sealed class PlanStockBatchHandler(CompoundingDbContext db, TimeProvider clock) : ICommandHandler<PlanStockBatch, StockBatchPlanned>
{
    public async ValueTask<StockBatchPlanned> Handle(PlanStockBatch command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var formula = await db.ApprovedFormulaAsync(command.FormulaCode, cancellationToken);
        var number = await db.NextBatchNumberAsync(DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var batch = Batch.PlanForStock(number, formula, command.FormulaCode, command.Quantity, now);
        db.Batches.Add(batch);
        return new StockBatchPlanned(batch.Id.Value, batch.BatchNumber);
    }
}

internal static class PlanStockBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/batches/stock", async (PlanStockBatch command, ISender sender, CancellationToken cancellationToken) =>
            {
                var planned = await sender.Send(command, cancellationToken);
                return Results.Created($"/api/compounding/batches/{planned.BatchId}", planned);
            })
            .WithName(nameof(PlanStockBatch))
            .RequireAccessTo<PlanStockBatch>()
            .WithSummary("Plan a batch for stock (pharmacist): fills of the formula then draw on it instead of waiting for a batch of their own")
            .Produces<StockBatchPlanned>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

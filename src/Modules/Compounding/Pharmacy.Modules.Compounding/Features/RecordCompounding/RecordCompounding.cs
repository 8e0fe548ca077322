using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Features.RecordCompounding;

/// <summary>
/// Records what was weighed or measured for every ingredient, on which balance, and the actual yield. Weights
/// beyond ±5% and yields outside 95-105% are flagged and must be explained as deviations. The person recording is
/// the preparer.
/// </summary>
[Access(CompoundingAccess.Compound)]
public sealed record RecordCompounding(Guid BatchId, IReadOnlyList<WeighedIngredientInput> Ingredients, decimal ActualYield, string? Deviations)
    : ICommand;

public sealed record WeighedIngredientInput(string ItemCode, decimal ActualQuantity, string? BalanceId = null);

public sealed record RecordCompoundingRequest(IReadOnlyList<WeighedIngredientInput> Ingredients, decimal ActualYield, string? Deviations = null);

internal sealed class RecordCompoundingValidator : InputValidator<RecordCompounding>
{
    /// <summary>100 kg, 100 L or 100,000 units: beyond any batch a compounding pharmacy makes.</summary>
    public const decimal MaxQuantity = 100_000m;

    public RecordCompoundingValidator()
    {
        RuleFor(command => command.Ingredients).NotEmpty().WithMessage("Record the weighed quantity of every ingredient.");
        RuleForEach(command => command.Ingredients).ChildRules(ingredient =>
        {
            ingredient.RuleFor(i => i.ItemCode).NotEmpty().WithMessage("Give the item code of each ingredient.").MaximumLength(40);
            ingredient.RuleFor(i => i.ActualQuantity).GreaterThan(0).WithMessage("Enter the quantity weighed or measured.")
                .LessThanOrEqualTo(MaxQuantity).WithMessage($"A weighed or measured quantity is at most {MaxQuantity:N0} of its unit.");
            ingredient.RuleFor(i => i.BalanceId).MaximumLength(40);
        });
        RuleFor(command => command.ActualYield).GreaterThan(0).WithMessage("Enter the actual yield.")
            .LessThanOrEqualTo(MaxQuantity).WithMessage($"A batch yields at most {MaxQuantity:N0} units.");
        RuleFor(command => command.Deviations).MaximumLength(2000);
    }
}

internal sealed class RecordCompoundingHandler(CompoundingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordCompounding>
{
    public async ValueTask<Unit> Handle(RecordCompounding command, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(BatchId.From(command.BatchId), cancellationToken);
        batch.RecordCompounding(
            [.. command.Ingredients.Select(i => new WeighedIngredient(i.ItemCode, i.ActualQuantity, i.BalanceId))],
            command.ActualYield, command.Deviations, user.Id, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RecordCompoundingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/batches/{id:guid}/compounding",
                async (Guid id, RecordCompoundingRequest request, ISender sender, CancellationToken cancellationToken) =>
                {
                    await sender.Send(new RecordCompounding(id, request.Ingredients ?? [], request.ActualYield, request.Deviations), cancellationToken);
                    return Results.NoContent();
                })
            .WithName(nameof(RecordCompounding))
            .RequireAccessTo<RecordCompounding>()
            .WithSummary("Record the weighed quantities, balances and actual yield of a batch in progress")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

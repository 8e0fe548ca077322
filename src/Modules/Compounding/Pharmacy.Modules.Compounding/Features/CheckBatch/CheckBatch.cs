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

namespace Pharmacy.Modules.Compounding.Features.CheckBatch;

/// <summary>
/// A pharmacist who did not prepare the batch checks its record with an electronic signature, having ticked every
/// flag of the record as assessed and written the assessment. The beyond-use date is assigned by the engine and
/// recorded with what limited it, and Quality is told.
/// </summary>
[Access(CompoundingAccess.Sign)]
public sealed record CheckBatch(Guid BatchId, SignatureInput Signature, IReadOnlyList<string>? AssessedFlags = null, string? Assessment = null)
    : ICommand, ISignedCommand;

/// <summary>The signature, and the flags of the record (their keys, as the batch lists them) the checker assessed.</summary>
public sealed record CheckBatchRequest(string Password, string Meaning, IReadOnlyList<string>? AssessedFlags = null, string? Assessment = null);

internal sealed class CheckBatchValidator : InputValidator<CheckBatch>
{
    public const int MaxFlags = 100;

    public CheckBatchValidator()
    {
        RuleFor(command => command.AssessedFlags).Must(flags => flags is null || flags.Count <= MaxFlags)
            .WithMessage($"A batch has at most {MaxFlags} flags.");
        RuleForEach(command => command.AssessedFlags).NotEmpty().WithMessage("Name each assessed flag.").MaximumLength(20)
            .When(command => command.AssessedFlags is { Count: <= MaxFlags });
        RuleFor(command => command.Assessment).MaximumLength(2000);
    }
}

internal sealed class CheckBatchHandler(CompoundingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CheckBatch>
{
    public async ValueTask<Unit> Handle(CheckBatch command, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(BatchId.From(command.BatchId), cancellationToken);
        var formula = await db.FindFormulaAsync(batch.FormulaCode, batch.FormulaVersion, cancellationToken);
        batch.Check(user.Id, user.Name, formula, command.AssessedFlags ?? [], command.Assessment, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class CheckBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/batches/{id:guid}/check", async (Guid id, CheckBatchRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(
                    new CheckBatch(id, new SignatureInput(request.Password ?? "", request.Meaning ?? ""), request.AssessedFlags, request.Assessment),
                    cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(CheckBatch))
            .RequireAccessTo<CheckBatch>()
            .WithSummary("Check a compounded batch (pharmacist other than the preparer, electronic signature, every flag assessed); assigns the beyond-use date")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

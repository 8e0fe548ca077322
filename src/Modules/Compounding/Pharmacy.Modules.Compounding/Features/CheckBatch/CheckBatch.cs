using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Features.CheckBatch;

/// <summary>
/// A pharmacist who did not prepare the batch checks its record with an electronic signature. The beyond-use
/// date is assigned (earliest of the USP limit, the stability reference and the lots' expiry) and Quality is told.
/// </summary>
[Access(CompoundingAccess.Sign)]
public sealed record CheckBatch(Guid BatchId, SignatureInput Signature) : ICommand, ISignedCommand;

internal sealed class CheckBatchHandler(CompoundingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CheckBatch>
{
    public async ValueTask<Unit> Handle(CheckBatch command, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(BatchId.From(command.BatchId), cancellationToken);
        var formula = await db.FindFormulaAsync(batch.FormulaCode, batch.FormulaVersion, cancellationToken);
        batch.Check(user.Id, user.Name, formula, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class CheckBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/batches/{id:guid}/check", async (Guid id, SignatureRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new CheckBatch(id, request.ToInput()), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(CheckBatch))
            .RequireAccessTo<CheckBatch>()
            .WithSummary("Check a compounded batch (pharmacist other than the preparer, electronic signature); assigns the beyond-use date")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

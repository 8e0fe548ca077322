using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Modules.Quality.Signing;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Quality.Features.ReleaseBatch;

/// <summary>Releases a batch whose every QC check passed, with the reviewer's electronic signature: its fills may now be dispensed.</summary>
[Access(QualityAccess.Release)]
public sealed record ReleaseBatch(Guid ReleaseTaskId, SignatureInput Signature) : ICommand, ISignedCommand;

internal sealed class ReleaseBatchHandler(QualityDbContext db, SignatureScope signature, TimeProvider clock) : ICommandHandler<ReleaseBatch>
{
    public async ValueTask<Unit> Handle(ReleaseBatch command, CancellationToken cancellationToken)
    {
        var task = await db.FindReleaseTaskAsync(ReleaseTaskId.From(command.ReleaseTaskId), cancellationToken);
        task.Release(signature.AsDecisionSignature(), clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class ReleaseBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/release-tasks/{id:guid}/release", async (Guid id, SignatureRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ReleaseBatch(id, request.ToInput()), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ReleaseBatch))
            .RequireAccessTo<ReleaseBatch>()
            .WithSummary("Release a batch (electronic signature; every QC check must have passed)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Modules.Quality.Signing;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Quality.Features.RejectBatch;

/// <summary>Rejects a batch, with the reason and the reviewer's electronic signature: its fills must be made again or cancelled.</summary>
[Access(QualityAccess.Release)]
public sealed record RejectBatch(Guid ReleaseTaskId, string Reason, SignatureInput Signature) : ICommand, ISignedCommand;

/// <summary>The reason for rejecting, with the reviewer's signature (the same two fields as <see cref="SignatureRequest"/>).</summary>
public sealed record RejectBatchRequest(string Reason, string Password, string Meaning)
{
    public SignatureInput ToInput() => new SignatureRequest(Password, Meaning).ToInput();
}

internal sealed class RejectBatchValidator : InputValidator<RejectBatch>
{
    public RejectBatchValidator()
    {
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for rejecting the batch.").MaximumLength(500);
    }
}

internal sealed class RejectBatchHandler(QualityDbContext db, SignatureScope signature, TimeProvider clock) : ICommandHandler<RejectBatch>
{
    public async ValueTask<Unit> Handle(RejectBatch command, CancellationToken cancellationToken)
    {
        var task = await db.FindReleaseTaskAsync(ReleaseTaskId.From(command.ReleaseTaskId), cancellationToken);
        task.Reject(command.Reason, signature.AsDecisionSignature(), clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RejectBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/release-tasks/{id:guid}/reject", async (Guid id, RejectBatchRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RejectBatch(id, request.Reason ?? "", request.ToInput()), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RejectBatch))
            .RequireAccessTo<RejectBatch>()
            .WithSummary("Reject a batch, with the reason (electronic signature)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

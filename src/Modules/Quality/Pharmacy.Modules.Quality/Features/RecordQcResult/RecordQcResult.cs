using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Quality.Features.RecordQcResult;

/// <summary>
/// Records a result of one QC check of a batch, in the check's own unit; on a check that already has a result it is a
/// retest, kept beside the earlier ones (a result is never overwritten). A measured result is judged against its limits;
/// a pass/fail result needs the reviewer's outcome.
/// </summary>
[Access(QualityAccess.Release)]
public sealed record RecordQcResult(Guid ReleaseTaskId, string Check, string Result, QcOutcome? Outcome) : ICommand;

public sealed record RecordQcResultRequest(string Check, string Result, QcOutcome? Outcome = null);

internal sealed class RecordQcResultValidator : InputValidator<RecordQcResult>
{
    public RecordQcResultValidator()
    {
        RuleFor(command => command.Check).NotEmpty().WithMessage("Choose the check.").MaximumLength(100);
        RuleFor(command => command.Result).NotEmpty().WithMessage("Enter the result.").MaximumLength(500);
        RuleFor(command => command.Outcome).IsInEnum().WithMessage("The outcome is Pass or Fail.");
    }
}

internal sealed class RecordQcResultHandler(QualityDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordQcResult>
{
    public async ValueTask<Unit> Handle(RecordQcResult command, CancellationToken cancellationToken)
    {
        var task = await db.FindReleaseTaskAsync(ReleaseTaskId.From(command.ReleaseTaskId), cancellationToken);
        task.RecordResult(command.Check, command.Result, command.Outcome, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RecordQcResultEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/release-tasks/{id:guid}/results", async (Guid id, RecordQcResultRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RecordQcResult(id, request.Check, request.Result, request.Outcome), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RecordQcResult))
            .RequireAccessTo<RecordQcResult>()
            .WithSummary("Record a result of one QC check in its own unit (a second result is a retest, never a correction)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.RequestClarification;

/// <summary>Something on the prescription is unclear (directions, strength, a drug name in the wrong field): ask the prescriber.</summary>
[Access(PrescriptionAccess.Work)]
public sealed record RequestClarification(Guid PrescriptionId, string Question) : ICommand;

public sealed record RequestClarificationRequest(string Question);

internal sealed class RequestClarificationValidator : InputValidator<RequestClarification>
{
    public RequestClarificationValidator() =>
        RuleFor(command => command.Question).NotEmpty().WithMessage("Write the question for the prescriber.").MaximumLength(TextLimits.Note);
}

internal sealed class RequestClarificationHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestClarification>
{
    public async ValueTask<Unit> Handle(RequestClarification command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        prescription.RequestClarification(command.Question, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RequestClarificationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/clarification", async (Guid id, RequestClarificationRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RequestClarification(id, request.Question), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RequestClarification))
            .RequireAccessTo<RequestClarification>()
            .WithSummary("Ask the prescriber a question; the prescription waits in the clarification queue")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

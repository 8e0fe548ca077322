using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.AnswerClarification;

/// <summary>The prescriber's answer is recorded; the prescription returns to the verification queue.</summary>
[Access(PrescriptionAccess.Work)]
/// <remarks><see cref="AnsweredBy"/> names who answered when the answer arrived from the portal; otherwise the person recording it.</remarks>
public sealed record AnswerClarification(Guid PrescriptionId, string Answer, string? AnsweredBy = null) : ICommand;

public sealed record AnswerClarificationRequest(string Answer);

internal sealed class AnswerClarificationValidator : InputValidator<AnswerClarification>
{
    public AnswerClarificationValidator()
    {
        RuleFor(command => command.Answer).NotEmpty().WithMessage("Write the prescriber's answer.").MaximumLength(TextLimits.Note);
        RuleFor(command => command.AnsweredBy).MaximumLength(200);
    }
}

internal sealed class AnswerClarificationHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerClarification>
{
    public async ValueTask<Unit> Handle(AnswerClarification command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        prescription.AnswerClarification(command.Answer, command.AnsweredBy ?? user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class AnswerClarificationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/clarification/answer", async (Guid id, AnswerClarificationRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new AnswerClarification(id, request.Answer), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(AnswerClarification))
            .RequireAccessTo<AnswerClarification>()
            .WithSummary("Record the prescriber's answer; the prescription goes back to verification")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

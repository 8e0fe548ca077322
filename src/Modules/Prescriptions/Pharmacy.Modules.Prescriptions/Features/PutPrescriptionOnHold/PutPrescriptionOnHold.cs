using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.PutPrescriptionOnHold;

/// <summary>Stops work on an open prescription, with the reason (prior authorisation pending, patient asked to wait...).</summary>
[Access(PrescriptionAccess.Work)]
public sealed record PutPrescriptionOnHold(Guid PrescriptionId, string Reason) : ICommand;

public sealed record PutPrescriptionOnHoldRequest(string Reason);

internal sealed class PutPrescriptionOnHoldValidator : InputValidator<PutPrescriptionOnHold>
{
    public PutPrescriptionOnHoldValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for the hold.").MaximumLength(TextLimits.Reason);
}

internal sealed class PutPrescriptionOnHoldHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PutPrescriptionOnHold>
{
    public async ValueTask<Unit> Handle(PutPrescriptionOnHold command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        prescription.PutOnHold(command.Reason, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class PutPrescriptionOnHoldEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/hold", async (Guid id, PutPrescriptionOnHoldRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new PutPrescriptionOnHold(id, request.Reason), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(PutPrescriptionOnHold))
            .RequireAccessTo<PutPrescriptionOnHold>()
            .WithSummary("Put an open prescription on hold, with the reason")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

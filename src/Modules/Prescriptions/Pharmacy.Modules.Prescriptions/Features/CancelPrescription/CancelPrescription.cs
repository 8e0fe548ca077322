using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.CancelPrescription;

/// <summary>Ends an open prescription for good, with the reason; fills not yet handed out are cancelled with it.</summary>
[Access(PrescriptionAccess.Decide)]
public sealed record CancelPrescription(Guid PrescriptionId, string Reason) : ICommand;

public sealed record CancelPrescriptionRequest(string Reason);

internal sealed class CancelPrescriptionValidator : InputValidator<CancelPrescription>
{
    public CancelPrescriptionValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for the cancellation.").MaximumLength(TextLimits.Reason);
}

internal sealed class CancelPrescriptionHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CancelPrescription>
{
    public async ValueTask<Unit> Handle(CancelPrescription command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        prescription.Cancel(command.Reason, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class CancelPrescriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/cancel", async (Guid id, CancelPrescriptionRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new CancelPrescription(id, request.Reason), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(CancelPrescription))
            .RequireAccessTo<CancelPrescription>()
            .WithSummary("Cancel an open prescription, with the reason")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.ResumePrescription;

/// <summary>
/// Lifts a hold. After a batch rejection the fill is requested again, so a pharmacist decides it: remake or cancel.
/// </summary>
[Access(PrescriptionAccess.Decide)]
public sealed record ResumePrescription(Guid PrescriptionId) : ICommand;

internal sealed class ResumePrescriptionHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<ResumePrescription>
{
    public async ValueTask<Unit> Handle(ResumePrescription command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        prescription.Resume(clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class ResumePrescriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/resume", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ResumePrescription(id), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ResumePrescription))
            .RequireAccessTo<ResumePrescription>()
            .WithSummary("Lift a hold; a fill whose batch was rejected is requested again")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

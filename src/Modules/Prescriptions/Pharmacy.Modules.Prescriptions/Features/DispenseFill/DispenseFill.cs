using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.DispenseFill;

/// <summary>The patient (or their agent) picked the ready fill up at the counter; Billing is told to charge it.</summary>
[Access(PrescriptionAccess.Work)]
public sealed record DispenseFill(Guid PrescriptionId, Guid FillId) : ICommand;

internal sealed class DispenseFillHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DispenseFill>
{
    public async ValueTask<Unit> Handle(DispenseFill command, CancellationToken cancellationToken)
    {
        var (prescription, fill) = await db.FindFillAsync(command.PrescriptionId, command.FillId, cancellationToken);
        prescription.Dispense(fill.Id, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class DispenseFillEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/fills/{fillId:guid}/dispense", async (Guid id, Guid fillId, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DispenseFill(id, fillId), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(DispenseFill))
            .RequireAccessTo<DispenseFill>()
            .WithSummary("Record that a ready fill was picked up")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

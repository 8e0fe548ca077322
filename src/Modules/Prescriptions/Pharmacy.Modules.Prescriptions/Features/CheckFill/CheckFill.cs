using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.CheckFill;

/// <summary>
/// A pharmacist's final check of a released fill before it leaves the pharmacy (right patient, preparation, quantity,
/// label, beyond-use date), with an electronic signature. Pickup and shipping wait for it.
/// </summary>
[Access(PrescriptionAccess.Verify)]
public sealed record CheckFill(Guid PrescriptionId, Guid FillId, SignatureInput Signature) : ICommand, ISignedCommand
{
    // The signature carries a password: it must never be printed with the command.
    public override string ToString() => $"{nameof(CheckFill)} {{ PrescriptionId = {PrescriptionId}, FillId = {FillId} }}";
}

internal sealed class CheckFillHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CheckFill>
{
    public async ValueTask<Unit> Handle(CheckFill command, CancellationToken cancellationToken)
    {
        var (prescription, fill) = await db.FindFillAsync(command.PrescriptionId, command.FillId, cancellationToken);
        prescription.CheckFill(fill.Id, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class CheckFillEndpoint
{
    /// <summary>Requires the verification rule, which has no API scope: an API key can never sign.</summary>
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/fills/{fillId:guid}/check", async (Guid id, Guid fillId, SignatureRequest request, ISender sender,
                CancellationToken cancellationToken) =>
            {
                await sender.Send(new CheckFill(id, fillId, request.ToInput()), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(CheckFill))
            .RequireAccessTo<CheckFill>()
            .WithSummary("Final check of a released fill before it leaves (pharmacist, electronic signature)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

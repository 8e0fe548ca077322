using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.RequestRefill;

/// <summary>
/// Staff, or a partner's system, ask for the next refill: a new fill goes to Compounding as the first did, while refills
/// remain, before the prescription expires, after the previous fill was handed out and not too soon after it.
/// </summary>
[Access(PrescriptionAccess.Work)]
public sealed record RequestRefill(Guid PrescriptionId) : ICommand<RefillResponse>;

public sealed record RefillResponse(Guid PrescriptionId, long RxNumber, Guid FillId, int FillNumber, int RefillsRemaining);

internal sealed class RequestRefillHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RequestRefill, RefillResponse>
{
    public async ValueTask<RefillResponse> Handle(RequestRefill command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        var fill = prescription.RequestRefill(clock.GetUtcNow());
        return new RefillResponse(prescription.Id.Value, prescription.RxNumber, fill.Id.Value, fill.Number, prescription.RefillsRemaining);
    }
}

internal static class RequestRefillEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/refills", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                var refill = await sender.Send(new RequestRefill(id), cancellationToken);
                return Results.Created($"/api/prescriptions/{id}", refill);
            })
            .WithName(nameof(RequestRefill))
            .RequireAccessTo<RequestRefill>()
            .WithSummary("Request the next refill of a prescription whose previous fill was handed out; refused when too soon, expired or none remain")
            .Produces<RefillResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

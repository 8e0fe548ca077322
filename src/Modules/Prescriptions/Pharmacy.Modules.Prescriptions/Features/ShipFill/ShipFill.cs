using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.ShipFill;

/// <summary>
/// The checked fill was handed to a carrier, addressed to the patient's ship-to address (or home address), kept with the
/// fill as it was that day; the tracking number lets the patient and the prescriber follow it. A fill kept cold ships
/// only when its cold-chain packing is confirmed.
/// </summary>
[Access(PrescriptionAccess.Work)]
public sealed record ShipFill(Guid PrescriptionId, Guid FillId, string Carrier, string TrackingNumber, bool ColdChainPacked = false) : ICommand;

public sealed record ShipFillRequest(string Carrier, string TrackingNumber, bool ColdChainPacked = false);

internal sealed class ShipFillValidator : InputValidator<ShipFill>
{
    public ShipFillValidator()
    {
        RuleFor(command => command.Carrier).NotEmpty().WithMessage("Choose the carrier.").MaximumLength(TextLimits.Carrier)
            .Must(ShippingCarriers.IsKnown).WithMessage($"Choose one of the pharmacy's carriers: {string.Join(", ", ShippingCarriers.All)}.");
        RuleFor(command => command.TrackingNumber).NotEmpty().WithMessage("Enter the tracking number.").MaximumLength(TextLimits.TrackingNumber)
            .Matches("^[A-Za-z0-9][A-Za-z0-9 -]{5,59}$").WithMessage("A tracking number is 6 or more letters and digits, as the carrier printed it.");
    }
}

internal sealed class ShipFillHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ShipFill>
{
    public async ValueTask<Unit> Handle(ShipFill command, CancellationToken cancellationToken)
    {
        var (prescription, fill) = await db.FindFillAsync(command.PrescriptionId, command.FillId, cancellationToken);
        var patient = prescription.PatientId is { } patientId
            ? await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, cancellationToken)
            : null;
        var shipTo = patient?.AddressToShipTo();
        prescription.Ship(fill.Id, command.Carrier, command.TrackingNumber, shipTo, command.ColdChainPacked, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class ShipFillEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/fills/{fillId:guid}/ship", async (Guid id, Guid fillId, ShipFillRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ShipFill(id, fillId, request.Carrier, request.TrackingNumber, request.ColdChainPacked), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ShipFill))
            .RequireAccessTo<ShipFill>()
            .WithSummary("Record that a checked fill was shipped to the patient's address (carrier and tracking number; cold-chain packing for a fill kept cold)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

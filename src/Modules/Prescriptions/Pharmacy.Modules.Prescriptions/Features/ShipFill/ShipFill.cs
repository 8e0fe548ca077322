using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.ShipFill;

/// <summary>The ready fill was handed to a carrier; the tracking number lets the patient and the prescriber follow it.</summary>
[Access(PrescriptionAccess.Work)]
public sealed record ShipFill(Guid PrescriptionId, Guid FillId, string Carrier, string TrackingNumber) : ICommand;

public sealed record ShipFillRequest(string Carrier, string TrackingNumber);

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
        prescription.Ship(fill.Id, command.Carrier, command.TrackingNumber, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class ShipFillEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/fills/{fillId:guid}/ship", async (Guid id, Guid fillId, ShipFillRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ShipFill(id, fillId, request.Carrier, request.TrackingNumber), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ShipFill))
            .RequireAccessTo<ShipFill>()
            .WithSummary("Record that a ready fill was shipped (carrier and tracking number required)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;

/// <summary>The body an external system sends.</summary>
public sealed record ReceivePrescriptionRequest(
    string PrescriberNpi,
    PatientInput Patient,
    string FormulaCode,
    decimal Quantity,
    string Directions,
    int DaysSupply,
    int Refills,
    DateOnly WrittenOn,
    string? ExternalId = null)
{
    public ReceivePrescription ToCommand(IntakeChannel channel) =>
        new(channel, ExternalId, PrescriberNpi, Patient, FormulaCode, Quantity, Directions, DaysSupply, Refills, WrittenOn);
}

internal static class ReceivePrescriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/", async (ReceivePrescriptionRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                var received = await sender.Send(request.ToCommand(IntakeChannel.Api), cancellationToken);
                return received.Created
                    ? Results.Created($"/api/prescriptions/{received.Id}", received)
                    : Results.Ok(received);
            })
            .WithName(nameof(ReceivePrescription))
            .RequireAccessTo<ReceivePrescription>()
            .WithSummary("Receive a prescription; the same externalId again returns the prescription already received")
            .Produces<PrescriptionReceivedResponse>(StatusCodes.Status201Created)
            .Produces<PrescriptionReceivedResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

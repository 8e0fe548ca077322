using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;

internal static class VerifyPrescriptionEndpoint
{
    /// <summary>Requires the verification rule, which has no API scope: an API key can never sign.</summary>
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/verify", async (Guid id, SignatureRequest request, ISender sender, CancellationToken cancellationToken) =>
                Results.Ok(await sender.Send(new VerifyPrescription(id, request.ToInput()), cancellationToken)))
            .WithName(nameof(VerifyPrescription))
            .RequireAccessTo<VerifyPrescription>()
            .WithSummary("Verify a received prescription (pharmacist, electronic signature); requests its original fill")
            .Produces<PrescriptionVerifiedResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

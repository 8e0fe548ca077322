using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Fhir;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescription;

/// <summary>
/// <c>GET /fhir/MedicationRequest/{id}</c>: the prescription through the same query as <c>GET /api/prescriptions/{id}</c>,
/// so a partner key sees only its organisation's (404 otherwise), with its current status in FHIR's terms.
/// </summary>
internal static class GetFhirMedicationRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder fhir) =>
        fhir.MapGet("/MedicationRequest/{id}", async (string id, ISender sender, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (!Guid.TryParse(id, out var prescriptionId))
                {
                    return FhirOutcomes.NotFound($"No MedicationRequest with id {Truncated(id)}.");
                }

                try
                {
                    var prescription = await sender.Send(new GetPrescription(prescriptionId), cancellationToken);
                    return FhirJson.Write(StoredMedicationRequest.From(prescription, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
                }
                catch (NotFoundException)
                {
                    return FhirOutcomes.NotFound($"No MedicationRequest with id {prescriptionId}.");
                }
            })
            .WithName("GetFhirMedicationRequest")
            .RequireAccess(PrescriptionAccess.ReadRule);

    private static string Truncated(string id) => id.Length > 40 ? id[..40] + "…" : id;
}

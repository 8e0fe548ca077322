using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pharmacy.Modules.Prescriptions.Fhir;

/// <summary><c>GET /fhir/metadata</c>: what this FHIR R4 server does (create and read MedicationRequest), readable without a key.</summary>
internal static class FhirCapabilityEndpoint
{
    private static readonly DateTimeOffset Published = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    public static void Map(IEndpointRouteBuilder fhir) =>
        fhir.MapGet("/metadata", () => FhirJson.Write(Statement()))
            .WithName("GetFhirCapabilityStatement")
            .AllowAnonymous();

    private static CapabilityStatement Statement() => new()
    {
        Status = PublicationStatus.Active,
        Date = Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Kind = CapabilityStatementKind.Instance,
        Publisher = "Compounding Pharmacy",
        Description = new Markdown("Prescription intake for compounded preparations: a MedicationRequest with its Patient and Practitioner (by NPI) contained."),
        FhirVersion = FHIRVersion.N4_0_1,
        Format = [FhirJson.MediaType],
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "Compounding pharmacy prescription intake", Url = "/fhir" },
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = new CapabilityStatement.SecurityComponent
                {
                    Description = new Markdown("An API key in the X-Api-Key header: prescriptions:write to send, prescriptions:read to read back. A partner's key reads only its organisation's prescriptions."),
                },
                Resource =
                [
                    new CapabilityStatement.ResourceComponent
                    {
                        Type = "MedicationRequest",
                        Interaction =
                        [
                            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Create },
                            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                        ],
                        ConditionalCreate = false,
                        Documentation = new Markdown("The identifier makes a create idempotent: the same identifier again answers 200 with the prescription already received."),
                    },
                ],
            },
        ],
    };
}

using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Pharmacy.EndToEnd.Tests.Fhir;

/// <summary>MedicationRequests as a clinic's EHR sends them: patient and prescriber contained, the prescriber by NPI.</summary>
internal static class FhirRequests
{
    public const string Catalog = "urn:pharmacy:formula";
    public const string NpiSystem = "http://hl7.org/fhir/sid/us-npi";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static MedicationRequest Naltrexone(string npi, string? identifier = null) =>
        Request(npi, identifier, "LDN-4.5-CAP", 30, "Take one capsule by mouth at bedtime", refills: 2);

    public static MedicationRequest KetamineCream(string npi, int refills) =>
        Request(npi, null, "KGB-PAIN-CRM", 120, "Apply 1 to 2 grams to the painful area three times daily as needed.", refills);

    public static string Json(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Options);

    public static T Parse<T>(string json)
        where T : Resource => (T)JsonSerializer.Deserialize<Resource>(json, Options)!;

    private static MedicationRequest Request(string npi, string? identifier, string formulaCode, decimal quantity, string directions, int refills) => new()
    {
        Status = MedicationRequest.MedicationrequestStatus.Active,
        Intent = MedicationRequest.MedicationRequestIntent.Order,
        Identifier = [new Identifier("urn:oid:2.16.840.1.113883.3.4242", identifier ?? $"ehr-{Guid.NewGuid():N}")],
        Contained =
        [
            new Patient
            {
                Id = "pat",
                Name = [new HumanName { Given = ["Maria"], Family = "Alvarez" }],
                BirthDate = "1971-04-12",
                Gender = AdministrativeGender.Female,
                Address = [new Address { Line = ["1200 Barton Springs Rd"], City = "Austin", State = "TX", PostalCode = "78704" }],
            },
            new Practitioner { Id = "prescriber", Identifier = [new Identifier(NpiSystem, npi)], Name = [new HumanName { Given = ["Chidi"], Family = "Okafor" }] },
        ],
        Subject = new ResourceReference("#pat"),
        Requester = new ResourceReference("#prescriber"),
        Medication = new CodeableConcept(Catalog, formulaCode),
        AuthoredOn = DateTime.UtcNow.Date.AddDays(-2).ToString("yyyy-MM-dd"),
        DosageInstruction = [new Dosage { Text = directions }],
        DispenseRequest = new MedicationRequest.DispenseRequestComponent
        {
            Quantity = new Quantity { Value = quantity },
            NumberOfRepeatsAllowed = refills,
            ExpectedSupplyDuration = new Duration { Value = 30, Unit = "days", System = "http://unitsofmeasure.org", Code = "d" },
        },
    };
}

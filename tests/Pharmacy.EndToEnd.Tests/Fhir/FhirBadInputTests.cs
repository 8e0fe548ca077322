using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Prescriptions.Persistence;
using Task = System.Threading.Tasks.Task;

namespace Pharmacy.EndToEnd.Tests.Fhir;

/// <summary>
/// The FHIR endpoint answers in OperationOutcome, not ProblemDetails, and is described by its CapabilityStatement rather
/// than the OpenAPI document, so the generic bad-input sweep (BadInputTests) does not reach it: this is its own sweep.
/// Every bad resource is refused (400, 415 or 422) as an OperationOutcome whose issues name an element, never a 500,
/// and no prescription is made.
/// </summary>
public sealed partial class FhirBadInputTests(FhirIntakeTests.FhirApp app) : IClassFixture<FhirIntakeTests.FhirApp>
{
    [Fact]
    public async Task No_bad_MedicationRequest_reaches_a_server_error_or_makes_a_prescription()
    {
        var client = app.ApiClient();
        var before = await PrescriptionCountAsync();
        var failures = new List<string>();

        foreach (var (name, body, contentType) in BadRequests())
        {
            using var response = await client.PostAsync("/fhir/MedicationRequest", new StringContent(body, Encoding.UTF8, contentType));
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            if (status is not (400 or 415 or 422))
            {
                failures.Add($"{name}: {status} {Short(text)}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "application/fhir+json")
            {
                failures.Add($"{name}: {status} as {response.Content.Headers.ContentType?.MediaType}");
                continue;
            }

            var outcome = JsonNode.Parse(text)!.AsObject();
            var issues = outcome["issue"]?.AsArray() ?? [];
            if (outcome["resourceType"]?.GetValue<string>() != "OperationOutcome" || issues.Count == 0
                || issues.Any(issue => issue?["expression"]?.AsArray() is not { Count: > 0 } expression || string.IsNullOrWhiteSpace(expression[0]?.GetValue<string>())))
            {
                failures.Add($"{name}: {status} without an OperationOutcome naming the element: {Short(text)}");
            }
            else if (ServerTypeName().IsMatch(text))
            {
                failures.Add($"{name}: {status} shows the server's type names: {Short(text)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await PrescriptionCountAsync());
    }

    private IEnumerable<(string Name, string Body, string ContentType)> BadRequests()
    {
        const string fhir = "application/fhir+json";
        yield return ("empty body", "", fhir);
        yield return ("not JSON", "not json at all", fhir);
        yield return ("cut short", "{\"resourceType\": \"MedicationRequest\", \"status\":", fhir);
        yield return ("an array", "[]", fhir);
        yield return ("no resource type", "{}", fhir);
        yield return ("a Patient", "{\"resourceType\": \"Patient\"}", fhir);
        yield return ("an unknown resource type", "{\"resourceType\": \"Prescription\"}", fhir);
        yield return ("plain text", Valid().ToJsonString(), "text/plain");
        yield return ("larger than a prescription", Change(r => r["note"] = new JsonArray(new JsonObject { ["text"] = new string('x', 300_000) })), fhir);
        yield return ("an unknown element", Change(r => r["dosage"] = "one at bedtime"), fhir);
        yield return ("quantity in words", Change(r => r["dispenseRequest"]!["quantity"]!["value"] = "thirty"), fhir);
        yield return ("an impossible written date", Change(r => r["authoredOn"] = "2026-13-45"), fhir);
        yield return ("written tomorrow", Change(r => r["authoredOn"] = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd")), fhir);
        yield return ("born tomorrow", Change(r => Patient(r)["birthDate"] = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd")), fhir);
        yield return ("negative refills", Change(r => r["dispenseRequest"]!["numberOfRepeatsAllowed"] = -1), fhir);
        yield return ("refills beyond any number", Change(r => r["dispenseRequest"]!["numberOfRepeatsAllowed"] = 99_999_999_999), fhir);
        yield return ("no quantity", Change(r => r["dispenseRequest"]!["quantity"]!["value"] = 0), fhir);
        yield return ("a supply of three years", Change(r => r["dispenseRequest"]!["expectedSupplyDuration"]!["value"] = 1095), fhir);
        yield return ("a supply in hours", Change(r => r["dispenseRequest"]!["expectedSupplyDuration"]!["code"] = "h"), fhir);
        yield return ("directions of a book", Change(r => r["dosageInstruction"]![0]!["text"] = new string('a', 5_000)), fhir);
        yield return ("a control character in the name", Change(r => Patient(r)["name"]![0]!["family"] = "Alva\u0007rez"), fhir);
        yield return ("a state that is not one", Change(r => Patient(r)["address"]![0]!["state"] = "Texas!"), fhir);
        yield return ("an NPI of letters", Change(r => Practitioner(r)["identifier"]![0]!["value"] = "ABCDEFGHIJ"), fhir);
        yield return ("an unknown prescriber", Change(r => Practitioner(r)["identifier"]![0]!["value"] = "1234567893"), fhir);
        yield return ("a patient referred to but not contained", Change(r => r["subject"] = new JsonObject { ["reference"] = "Patient/123" }), fhir);
        foreach (var element in new[] { "subject", "requester", "medicationCodeableConcept", "dosageInstruction", "dispenseRequest", "authoredOn" })
        {
            yield return ($"no {element}", Change(r => r.Remove(element)), fhir);
        }

        foreach (var element in new[] { "name", "birthDate", "address" })
        {
            yield return ($"no patient {element}", Change(r => Patient(r).Remove(element)), fhir);
        }

        yield return ("no NPI", Change(r => Practitioner(r).Remove("identifier")), fhir);
    }

    private JsonObject Valid() => JsonNode.Parse(FhirRequests.Json(FhirRequests.Naltrexone(app.Npi)))!.AsObject();

    private string Change(Action<JsonObject> change)
    {
        var request = Valid();
        change(request);
        return request.ToJsonString();
    }

    private static JsonObject Patient(JsonObject request) => Contained(request, "Patient");

    private static JsonObject Practitioner(JsonObject request) => Contained(request, "Practitioner");

    private static JsonObject Contained(JsonObject request, string type) =>
        request["contained"]!.AsArray().Single(resource => resource!["resourceType"]!.GetValue<string>() == type)!.AsObject();

    private Task<int> PrescriptionCountAsync() =>
        app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescriptions.CountAsync());

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@"Pharmacy\.[A-Z][a-z]+\.|System\.[A-Z]")]
    private static partial Regex ServerTypeName();
}

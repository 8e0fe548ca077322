using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Prescriptions.Persistence;
using Task = System.Threading.Tasks.Task;

namespace Pharmacy.EndToEnd.Tests.Fhir;

/// <summary>
/// A standard FHIR R4 client (Firely's FhirClient) sends MedicationRequests to the running host: received through the same
/// intake as the REST API, idempotent on the identifier, read back with the current status, refused as OperationOutcome.
/// </summary>
public sealed class FhirIntakeTests(FhirIntakeTests.FhirApp app) : IClassFixture<FhirIntakeTests.FhirApp>
{
    public sealed class FhirApp : PharmacyApp, IAsyncLifetime
    {
        public string Npi { get; } = Api.NewNpi();

        public async Task InitializeAsync()
        {
            var client = ApiClient();
            var providerId = await client.RegisterProviderAsync(Npi);
            await client.ActivateProviderAsync(providerId);
            await Api.Eventually(
                () => InScopeAsync(async sp =>
                {
                    var db = sp.GetRequiredService<PrescriptionsDbContext>();
                    return await db.Prescribers.AnyAsync(p => p.Npi == Npi && p.IsActive)
                           && await db.PrescriberDeaRegistrations.AnyAsync(dea => dea.ProviderId == providerId)
                           && await db.PrescriberLicences.AnyAsync(licence => licence.ProviderId == providerId);
                }),
                "Prescriptions knows the prescriber as active, licensed in Texas and registered with the DEA");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public FhirClient Client(string? key = ApiKey) =>
            new(new Uri(ApiClient(key).BaseAddress!, "/fhir/"), ApiClient(key),
                new FhirClientSettings { PreferredFormat = ResourceFormat.Json, ReturnPreference = ReturnPreference.Representation });
    }

    [Fact]
    public async Task A_MedicationRequest_from_a_FHIR_client_is_received_and_reads_back_with_its_status()
    {
        var client = app.Client();

        var created = await client.CreateAsync(FhirRequests.Naltrexone(app.Npi));
        var read = await client.ReadAsync<MedicationRequest>($"MedicationRequest/{created!.Id}");
        var rest = await app.ApiClient().GetFromJsonAsync<JsonElement>($"/api/prescriptions/{created.Id}");

        Assert.Equal(MedicationRequest.MedicationrequestStatus.Draft, created.Status);
        Assert.Equal(MedicationRequest.MedicationrequestStatus.Draft, read!.Status);
        Assert.Equal("Received", read.StatusReason!.Coding.Single().Code);
        Assert.Equal("LDN-4.5-CAP", ((CodeableConcept)read.Medication).Coding.Single().Code);
        Assert.Equal(2, read.DispenseRequest!.NumberOfRepeatsAllowed);
        Assert.Equal(30m, read.DispenseRequest!.Quantity!.Value);
        Assert.Equal("Take one capsule by mouth at bedtime", read.DosageInstruction.Single().Text);
        Assert.Equal(app.Npi, read.Contained.OfType<Practitioner>().Single().Identifier.Single().Value);
        Assert.Equal("Alvarez", read.Contained.OfType<Patient>().Single().Name.Single().Family);
        Assert.Equal("Fhir", rest.GetProperty("channel").GetString());
        Assert.Equal("Received", rest.GetProperty("status").GetString());
        Assert.Equal("Received", rest.GetProperty("timeline")[0].GetProperty("step").GetString());
        Assert.Equal("by FHIR", rest.GetProperty("timeline")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_answer_to_a_create_is_201_with_the_Location_of_the_stored_resource()
    {
        var response = await PostAsync(FhirRequests.Json(FhirRequests.Naltrexone(app.Npi)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var stored = FhirRequests.Parse<MedicationRequest>(await response.Content.ReadAsStringAsync());
        Assert.Equal($"/fhir/MedicationRequest/{stored.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_same_MedicationRequest_sent_twice_makes_one_prescription()
    {
        var client = app.Client();
        var identifier = $"ehr-{Guid.NewGuid():N}";

        var first = await client.CreateAsync(FhirRequests.Naltrexone(app.Npi, identifier));
        var again = await PostAsync(FhirRequests.Json(FhirRequests.Naltrexone(app.Npi, identifier)));
        var second = FhirRequests.Parse<MedicationRequest>(await again.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first!.Id, second.Id);
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescriptions.CountAsync(p => p.ExternalId == identifier)));
    }

    [Fact]
    public async Task A_medication_sent_as_text_is_the_catalog_formula_of_that_name()
    {
        var request = FhirRequests.Naltrexone(app.Npi);
        request.Medication = new CodeableConcept { Text = "Naltrexone 4.5 mg capsule" };

        var created = await app.Client().CreateAsync(request);

        Assert.Equal("LDN-4.5-CAP", ((CodeableConcept)created!.Medication).Coding.Single().Code);
    }

    [Fact]
    public async Task A_practitioner_without_an_NPI_is_refused_with_400_naming_the_identifier()
    {
        var request = FhirRequests.Naltrexone(app.Npi);
        request.Contained.OfType<Practitioner>().Single().Identifier.Clear();

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => app.Client().CreateAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var issue = Assert.Single(refused.Outcome!.Issue);
        Assert.Equal(["Practitioner.identifier"], issue.Expression);
        Assert.Contains("NPI", issue.Diagnostics);
    }

    [Fact]
    public async Task A_formula_the_pharmacy_does_not_compound_is_refused_with_422_naming_the_medication()
    {
        var request = FhirRequests.Naltrexone(app.Npi);
        request.Medication = new CodeableConcept(FhirRequests.Catalog, "LDN-45-CAP");

        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => app.Client().CreateAsync(request));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var issue = Assert.Single(refused.Outcome!.Issue);
        Assert.Equal(["MedicationRequest.medication"], issue.Expression);
        Assert.Equal("PrescriptionMustNameAnApprovedFormulaRule", issue.Details!.Coding.Single().Code);
    }

    [Fact]
    public async Task A_schedule_III_cream_with_six_refills_is_refused_with_422_naming_the_repeats_and_five_are_received()
    {
        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => app.Client().CreateAsync(FhirRequests.KetamineCream(app.Npi, refills: 6)));
        var received = await app.Client().CreateAsync(FhirRequests.KetamineCream(app.Npi, refills: 5));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var issue = Assert.Single(refused.Outcome!.Issue);
        Assert.Equal(["MedicationRequest.dispenseRequest.numberOfRepeatsAllowed"], issue.Expression);
        Assert.Equal("RefillsMustNotExceedLimitRule", issue.Details!.Coding.Single().Code);
        Assert.Contains("At most 5 refills", issue.Diagnostics);
        Assert.Equal(5, received!.DispenseRequest!.NumberOfRepeatsAllowed);
        Assert.Equal(DateTime.UtcNow.Date.AddDays(-2).AddMonths(6).ToString("yyyy-MM-dd"), received.DispenseRequest!.ValidityPeriod!.End);
    }

    [Fact]
    public async Task The_capability_statement_says_MedicationRequest_can_be_created_and_read_without_a_key()
    {
        var statement = await app.Client(key: null).CapabilityStatementAsync();

        var resource = Assert.Single(statement!.Rest.Single().Resource);
        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal("MedicationRequest", resource.Type);
        Assert.Equal(
            [CapabilityStatement.TypeRestfulInteraction.Create, CapabilityStatement.TypeRestfulInteraction.Read],
            resource.Interaction.Select(i => i.Code!.Value));
    }

    [Fact]
    public async Task Without_a_key_the_FHIR_endpoints_answer_401_and_an_unknown_id_404_as_OperationOutcome()
    {
        var anonymous = app.ApiClient(key: null);
        var send = await anonymous.PostAsync("/fhir/MedicationRequest", Content(FhirRequests.Json(FhirRequests.Naltrexone(app.Npi))));
        var read = await anonymous.GetAsync($"/fhir/MedicationRequest/{Guid.NewGuid()}");
        var unknown = await app.ApiClient().GetAsync($"/fhir/MedicationRequest/{Guid.NewGuid()}");
        var notAnId = await app.ApiClient().GetAsync("/fhir/MedicationRequest/not-an-id");

        Assert.Equal(HttpStatusCode.Unauthorized, send.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        foreach (var answer in new[] { unknown, notAnId })
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Equal("OperationOutcome", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("resourceType").GetString());
        }
    }

    private Task<HttpResponseMessage> PostAsync(string json) => app.ApiClient().PostAsync("/fhir/MedicationRequest", Content(json));

    private static StringContent Content(string json) => new(json, Encoding.UTF8, "application/fhir+json");
}

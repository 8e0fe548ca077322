using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Persistence;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The slice that proves the module mechanics: the CRM activates a provider, the event leaves through the CRM outbox,
/// the prescription module records the prescriber through its inbox, and then accepts their prescriptions.
/// </summary>
public sealed class ProviderActivationTests : IClassFixture<PharmacyApp>
{
    private readonly PharmacyApp _app;
    private readonly HttpClient _client;

    public ProviderActivationTests(PharmacyApp app)
    {
        _app = app;
        _client = app.ApiClient();
    }

    [Fact]
    public async Task A_prescription_from_a_provider_still_in_onboarding_is_refused()
    {
        var npi = Api.NewNpi();
        await _client.RegisterProviderAsync(npi);

        var response = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PrescriberMustBeActiveRule", problem.GetProperty("rule").GetString());
        Assert.Contains(npi, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Once_the_crm_activates_a_provider_the_pharmacy_accepts_their_prescriptions()
    {
        var npi = Api.NewNpi();
        var providerId = await _client.RegisterProviderAsync(npi, lastName: "Haddad");

        await _client.ActivateProviderAsync(providerId);
        await WhenPrescriberIsActive(npi, active: true);
        var response = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Received", received.GetProperty("status").GetString());
        Assert.True(received.GetProperty("rxNumber").GetInt64() > 0);
        var stored = await _client.GetFromJsonAsync<JsonElement>(response.Headers.Location!.ToString());
        Assert.Equal(npi, stored.GetProperty("prescriberNpi").GetString());
        Assert.Equal("Chidi Haddad, MD", stored.GetProperty("prescriberName").GetString());

        // The CRM's event was applied exactly once, and its outbox row is done.
        var inboxRows = await _app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().InboxMessages
            .CountAsync(m => m.Handler.EndsWith("AllowActivatedPrescriber")));
        Assert.True(inboxRows >= 1);
        await Api.Eventually(() => _app.InScopeAsync(sp => sp.GetRequiredService<ProviderCrmDbContext>().OutboxMessages
            .AllAsync(m => m.ProcessedAt != null)), "every CRM outbox row is processed");
    }

    [Fact]
    public async Task Sending_the_same_external_id_again_returns_the_prescription_already_received()
    {
        var npi = await ActiveProviderAsync();
        var externalId = $"clinic-{Guid.NewGuid():N}";

        var first = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, externalId));
        var again = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, externalId));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var againBody = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firstBody.GetProperty("id").GetGuid(), againBody.GetProperty("id").GetGuid());
        Assert.Equal(1, await CountPrescriptionsAsync(p => p.ExternalId == externalId));
    }

    [Fact]
    public async Task Two_clinics_using_the_same_external_id_get_two_prescriptions_and_never_see_each_others()
    {
        var npi = await ActiveProviderAsync();
        var externalId = $"order-{Guid.NewGuid():N}";
        var otherClinic = _app.ApiClient(await _app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Pharmacy.Host.Identity.PharmacyIdentityDbContext>();
            db.ApiKeys.Add(Pharmacy.Host.Identity.ApiKey.Create("Second clinic", ["prescriptions:write"], "test", DateTimeOffset.UtcNow, out var secret));
            await db.SaveChangesAsync();
            return secret;
        }));

        var first = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, externalId));
        var second = await otherClinic.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, externalId));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_suspended_provider_can_no_longer_send_prescriptions()
    {
        var npi = Api.NewNpi();
        var providerId = await _client.RegisterProviderAsync(npi);
        await _client.ActivateProviderAsync(providerId);
        await WhenPrescriberIsActive(npi, active: true);

        var suspended = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/suspend", new { reason = "Licence under board review" });
        await WhenPrescriberIsActive(npi, active: false);
        var response = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));

        Assert.Equal(HttpStatusCode.NoContent, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task An_incomplete_prescription_is_refused_with_field_errors_and_nothing_is_stored()
    {
        var npi = await ActiveProviderAsync();
        var before = await CountPrescriptionsAsync(_ => true);

        var response = await _client.PostAsJsonAsync("/api/prescriptions", new
        {
            prescriberNpi = npi,
            patient = new { firstName = "Maria", lastName = "", dateOfBirth = "1971-04-12", sex = "Female", state = "ZZ" },
            formulaCode = "LDN-4.5-CAP",
            quantity = 0,
            directions = "",
            daysSupply = 30,
            refills = 0,
            writtenOn = "2026-11-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("patient.lastName", out _));
        Assert.True(errors.TryGetProperty("patient.state", out _));
        Assert.True(errors.TryGetProperty("quantity", out _));
        Assert.True(errors.TryGetProperty("directions", out _));
        Assert.Equal(before, await CountPrescriptionsAsync(_ => true));
    }

    [Theory]
    [InlineData("{\"quantity\": \"thirty\"}")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task An_unreadable_body_is_a_400_problem(string body)
    {
        var response = await _client.PostAsync("/api/prescriptions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task More_than_eleven_refills_breaks_a_business_rule()
    {
        var npi = await ActiveProviderAsync();

        var response = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, refills: 12));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("RefillsMustNotExceedLimitRule", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_provider_cannot_be_registered_twice_or_with_an_invalid_npi()
    {
        var npi = Api.NewNpi();
        await _client.RegisterProviderAsync(npi);

        var duplicate = await _client.PostAsJsonAsync("/api/crm/providers", new { npi, firstName = "A", lastName = "B", credential = "NP" });
        var invalid = await _client.PostAsJsonAsync("/api/crm/providers", new { npi = "1234567890", firstName = "A", lastName = "B", credential = "NP" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal("ProviderNpiMustBeUniqueRule", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("npi", out _));
    }

    [Fact]
    public async Task Activating_twice_or_activating_an_unknown_provider_is_refused()
    {
        var providerId = await _client.RegisterProviderAsync(Api.NewNpi());
        await _client.ActivateProviderAsync(providerId);

        var twice = await _client.PostAsync($"/api/crm/providers/{providerId}/activate", null);
        var unknown = await _client.PostAsync($"/api/crm/providers/{Guid.NewGuid()}/activate", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Activation_is_refused_while_the_onboarding_checklist_is_incomplete_and_says_what_is_missing()
    {
        var providerId = await _client.RegisterProviderAsync(Api.NewNpi());
        await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/onboarding", new { item = "AgreementSigned" });

        var response = await _client.PostAsync($"/api/crm/providers/{providerId}/activate", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("OnboardingChecklistMustBeCompleteToActivateRule", problem.GetProperty("rule").GetString());
        Assert.EndsWith("Still to tick: Licence verified, DEA verified, W-9 on file, Portal users invited.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_licence_the_crm_records_reaches_the_pharmacy_which_until_then_refuses_patients_of_that_state()
    {
        var (npi, providerId) = await ActiveProviderWithIdAsync();

        var refused = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, state: "FL"));
        var recorded = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/licences", new
        {
            state = "FL", number = "ME140022", expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd"),
        });
        HttpResponseMessage accepted = null!;
        await Api.Eventually(
            async () => (accepted = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, state: "FL"))).StatusCode == HttpStatusCode.Created,
            "the prescription module learns the Florida licence");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("PrescriberMustBeLicensedInThePatientsStateRule", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NoContent, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_controlled_formula_is_refused_once_the_crm_narrows_the_DEA_registration_to_schedules_that_do_not_cover_it()
    {
        var (npi, providerId) = await ActiveProviderWithIdAsync();
        var controlled = Api.Prescription(npi, refills: 0, formulaCode: "KGB-PAIN-CRM", quantity: 60);

        var accepted = await _client.PostAsJsonAsync("/api/prescriptions", controlled);
        var narrowed = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/dea-registrations", new
        {
            number = Api.DeaNumberFor("Okafor"), schedules = new[] { "4", "5" },
            expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd"),
        });
        HttpResponseMessage refused = null!;
        await Api.Eventually(
            async () => (refused = await _client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi, refills: 0, formulaCode: "KGB-PAIN-CRM", quantity: 60)))
                .StatusCode == HttpStatusCode.UnprocessableEntity,
            "the prescription module learns the narrowed DEA registration");

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var stored = await _client.GetFromJsonAsync<JsonElement>(accepted.Headers.Location!.ToString());
        Assert.Equal(Api.DeaNumberFor("Okafor"), stored.GetProperty("prescriberDeaNumber").GetString());
        Assert.Equal(HttpStatusCode.NoContent, narrowed.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PrescriberMustHoldADeaRegistrationForTheScheduleRule", problem.GetProperty("rule").GetString());
        Assert.Contains("covering schedule 3", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_licence_from_outside_the_states_or_a_DEA_number_with_a_wrong_check_digit_is_refused_with_field_errors_and_nothing_is_sent()
    {
        var providerId = await _client.RegisterProviderAsync(Api.NewNpi());
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd");

        var licence = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/licences", new { state = "PR", number = "12345", expiresOn });
        var dea = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/dea-registrations", new
        {
            number = "BO1234567", schedules = new[] { "2", "6" }, expiresOn,
        });

        Assert.Equal(HttpStatusCode.BadRequest, licence.StatusCode);
        Assert.True((await licence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("state", out _));
        Assert.Equal(HttpStatusCode.BadRequest, dea.StatusCode);
        var errors = (await dea.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("number", out _));
        Assert.True(errors.TryGetProperty("schedules[1]", out _));
        var outbox = await _app.InScopeAsync(sp => sp.GetRequiredService<ProviderCrmDbContext>().OutboxMessages
            .CountAsync(m => m.Type.Contains("ProviderLicenceChanged") && m.Payload.Contains(providerId.ToString())));
        Assert.Equal(0, outbox);
    }

    private async Task<(string Npi, Guid ProviderId)> ActiveProviderWithIdAsync()
    {
        var npi = Api.NewNpi();
        var providerId = await _client.RegisterProviderAsync(npi);
        await _client.ActivateProviderAsync(providerId);
        await WhenPrescriberIsActive(npi, active: true);
        return (npi, providerId);
    }

    private async Task<string> ActiveProviderAsync()
    {
        var npi = Api.NewNpi();
        await _client.ActivateProviderAsync(await _client.RegisterProviderAsync(npi));
        await WhenPrescriberIsActive(npi, active: true);
        return npi;
    }

    private Task WhenPrescriberIsActive(string npi, bool active) =>
        Api.Eventually(
            () => _app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescribers.AnyAsync(p => p.Npi == npi && p.IsActive == active)),
            $"the prescription module sees prescriber {npi} as {(active ? "active" : "suspended")}");

    private Task<int> CountPrescriptionsAsync(System.Linq.Expressions.Expression<Func<Pharmacy.Modules.Prescriptions.Domain.Prescriptions.Prescription, bool>> where) =>
        _app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescriptions.CountAsync(where));
}

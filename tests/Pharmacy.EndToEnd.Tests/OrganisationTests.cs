using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>Clinics, telehealth partners and veterinary practices: registered with checked contact details, found by search.</summary>
public sealed class OrganisationTests(PharmacyApp app) : IClassFixture<PharmacyApp>
{
    private readonly HttpClient _client = app.ApiClient();

    [Fact]
    public async Task An_organisation_with_a_wrong_state_zip_phone_or_email_is_refused_field_by_field()
    {
        var response = await _client.PostAsJsonAsync("/api/crm/organisations", new
        {
            name = "Lakeside Clinic", kind = "Clinic", addressLine1 = "12 Shore Dr", city = "Austin", state = "XX", zip = "7870", phone = "555-0100",
            email = "front desk@lakeside",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(["state", "zip", "phone", "email"], field => Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}"));
    }

    [Fact]
    public async Task A_provider_practises_at_two_organisations_and_each_lists_them()
    {
        var clinic = await RegisterAsync($"Lakeside Clinic {Guid.NewGuid():N}", "Clinic");
        var telehealth = await RegisterAsync($"Northstar Telehealth {Guid.NewGuid():N}", "TelehealthPartner");
        var providerId = await _client.RegisterProviderAsync(Api.NewNpi(), lastName: "Quintero");

        var first = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/memberships", new { organisationId = clinic, role = "Medical director" });
        var second = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/memberships", new { organisationId = telehealth });
        var twice = await _client.PostAsJsonAsync($"/api/crm/providers/{providerId}/memberships", new { organisationId = clinic });
        var provider = await _client.GetFromJsonAsync<JsonElement>($"/api/crm/providers/{providerId}");
        var found = await _client.GetFromJsonAsync<JsonElement>("/api/crm/organisations?search=Northstar&kind=TelehealthPartner");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Equal(2, provider.GetProperty("memberships").GetArrayLength());
        Assert.Contains(found.GetProperty("items").EnumerateArray(), row => row.GetProperty("id").GetGuid() == telehealth && row.GetProperty("providers").GetInt32() == 1);
    }

    private async Task<Guid> RegisterAsync(string name, string kind)
    {
        var response = await _client.PostAsJsonAsync("/api/crm/organisations", new
        {
            name, kind, addressLine1 = "12 Shore Dr", city = "Austin", state = "TX", zip = "78701", phone = "(512) 555-0148",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

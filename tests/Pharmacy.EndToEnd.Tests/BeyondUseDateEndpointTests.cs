using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Identity;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The beyond-use date engine as other systems call it: every row of the USP &lt;795&gt; and &lt;797&gt; tables (2023),
/// the stability reference and the ingredients' expiries, and the refusals: storage the tables do not allow and an
/// expired ingredient with the reason (422), missing, contradictory or impossible fields by name (400).
/// </summary>
public sealed class BeyondUseDateEndpointTests(PharmacyApp app) : IClassFixture<PharmacyApp>
{
    private const string Path = "/api/compounding/beyond-use-date";
    private const string CompoundedAt = "2026-11-20T10:00:00Z";
    private static readonly DateTime Compounded = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private readonly HttpClient _api = app.ApiClient();

    [Theory]
    [InlineData("Aqueous", false, "Suspension", "Refrigerator", 14)]
    [InlineData("Aqueous", true, "OralSolution", "Room", 35)]
    [InlineData("Aqueous", true, "Cream", "Refrigerator", 35)]
    [InlineData("NonAqueous", false, "OralLiquid", "Room", 90)]
    [InlineData("NonAqueous", false, "OralSuspension", "Refrigerator", 90)]
    [InlineData("NonAqueous", false, "Capsule", "Room", 180)]
    [InlineData("NonAqueous", false, "Tablet", "Refrigerator", 180)]
    [InlineData("NonAqueous", false, "Powder", "Room", 180)]
    [InlineData("NonAqueous", false, "Ointment", "Room", 180)]
    [InlineData("NonAqueous", false, "Suppository", "Refrigerator", 180)]
    [InlineData("NonAqueous", false, "Troche", "Room", 180)]
    [InlineData("NonAqueous", false, "Solution", "Room", 180)]
    public async Task A_non_sterile_preparation_gets_the_limit_of_its_USP_795_row(
        string waterActivity, bool preserved, string dosageForm, string storage, int days)
    {
        var answer = await CalculateAsync(NonSterile(waterActivity, preserved, dosageForm, storage));

        Assert.Equal(Compounded.AddDays(days), answer.BeyondUseDate);
        Assert.Equal("Table", answer.LimitedBy);
        Assert.Contains("USP <795>", answer.Explanation);
    }

    [Theory]
    [InlineData(1, null, false, false, "Room", 12)]
    [InlineData(1, null, false, false, "Refrigerator", 24)]
    [InlineData(2, "Aseptic", false, true, "Room", 24)]
    [InlineData(2, "Aseptic", false, true, "Refrigerator", 4 * 24)]
    [InlineData(2, "Aseptic", false, true, "Freezer", 45 * 24)]
    [InlineData(2, "Aseptic", false, false, "Room", 4 * 24)]
    [InlineData(2, "Aseptic", false, false, "Refrigerator", 10 * 24)]
    [InlineData(2, "Aseptic", false, false, "Freezer", 45 * 24)]
    [InlineData(2, "Aseptic", true, false, "Room", 30 * 24)]
    [InlineData(2, "Aseptic", true, false, "Refrigerator", 45 * 24)]
    [InlineData(2, "Aseptic", true, false, "Freezer", 60 * 24)]
    [InlineData(2, "Terminal", false, false, "Room", 14 * 24)]
    [InlineData(2, "Terminal", false, false, "Refrigerator", 28 * 24)]
    [InlineData(2, "Terminal", false, false, "Freezer", 45 * 24)]
    [InlineData(2, "Terminal", true, false, "Room", 45 * 24)]
    [InlineData(2, "Terminal", true, false, "Refrigerator", 60 * 24)]
    [InlineData(2, "Terminal", true, false, "Freezer", 90 * 24)]
    [InlineData(3, "Aseptic", true, false, "Room", 60 * 24)]
    [InlineData(3, "Aseptic", true, false, "Refrigerator", 90 * 24)]
    [InlineData(3, "Aseptic", true, false, "Freezer", 120 * 24)]
    [InlineData(3, "Terminal", true, false, "Room", 90 * 24)]
    [InlineData(3, "Terminal", true, false, "Refrigerator", 120 * 24)]
    [InlineData(3, "Terminal", true, false, "Freezer", 180 * 24)]
    public async Task A_sterile_preparation_gets_the_limit_of_its_USP_797_row_and_storage(
        int category, string? sterilization, bool sterilityTested, bool nonSterileStartingComponent, string storage, int hours)
    {
        var answer = await CalculateAsync(Sterile(category, sterilization, sterilityTested, nonSterileStartingComponent, storage));

        Assert.Equal(Compounded.AddHours(hours), answer.BeyondUseDate);
        Assert.Equal("Table", answer.LimitedBy);
        Assert.Contains("USP <797>", answer.Explanation);
    }

    [Fact]
    public async Task A_non_sterile_stability_reference_replaces_the_table_limit_up_to_180_days()
    {
        const int studiedDays = 60;
        const int ceilingDays = 180;
        var preserved = NonSterile("Aqueous", true, "OralSolution", "Room");

        var studied = await CalculateAsync(With(preserved, "stabilityDays", studiedDays));
        var capped = await CalculateAsync(With(preserved, "stabilityDays", 400));

        Assert.Equal(Compounded.AddDays(studiedDays), studied.BeyondUseDate);
        Assert.Equal("Stability", studied.LimitedBy);
        Assert.Equal(Compounded.AddDays(ceilingDays), capped.BeyondUseDate);
    }

    [Fact]
    public async Task A_sterile_stability_reference_only_shortens_the_table_limit()
    {
        const int tableDays = 45;
        const int shorterDays = 20;
        var tested = Sterile(2, "Aseptic", true, false, "Refrigerator");

        var longer = await CalculateAsync(With(tested, "stabilityDays", 120));
        var shorter = await CalculateAsync(With(tested, "stabilityDays", shorterDays));

        Assert.Equal(Compounded.AddDays(tableDays), longer.BeyondUseDate);
        Assert.Equal("Table", longer.LimitedBy);
        Assert.Equal(Compounded.AddDays(shorterDays), shorter.BeyondUseDate);
        Assert.Equal("Stability", shorter.LimitedBy);
    }

    [Fact]
    public async Task The_earliest_ingredient_expiry_caps_the_date_and_a_date_alone_is_midnight_UTC()
    {
        var capsules = NonSterile("NonAqueous", false, "Capsule", "Room");
        capsules["ingredientExpiries"] = new JsonArray("2027-12-31", "2027-01-15", "2027-03-01T12:30:00Z");

        var answer = await CalculateAsync(capsules);

        Assert.Equal(new DateTime(2027, 1, 15, 0, 0, 0, DateTimeKind.Utc), answer.BeyondUseDate);
        Assert.Equal("IngredientExpiry", answer.LimitedBy);
    }

    [Theory]
    [InlineData("""{"preparation":"NonSterile","waterActivity":"Aqueous","preserved":false,"dosageForm":"OralSuspension","storage":"Room"}""", "refrigerator")]
    [InlineData("""{"preparation":"Sterile","category":1,"storage":"Freezer"}""", "may not be frozen")]
    [InlineData("""{"preparation":"Sterile","category":3,"sterilization":"Aseptic","sterilityTested":false,"storage":"Refrigerator"}""", "sterility testing")]
    [InlineData("""{"preparation":"NonSterile","waterActivity":"NonAqueous","dosageForm":"Capsule","storage":"Room","ingredientExpiries":["2026-11-20"]}""", "expired")]
    public async Task What_the_tables_do_not_allow_is_refused_with_the_reason(string json, string reason)
    {
        var request = JsonNode.Parse(json)!.AsObject();
        request["compoundedAt"] = CompoundedAt;

        var response = await _api.PostAsJsonAsync(Path, request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"Expected 422, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("stabilityDays", "0", "stabilityDays")]
    [InlineData("stabilityDays", "-5", "stabilityDays")]
    [InlineData("category", "2", "category")]
    [InlineData("sterilization", "\"Aseptic\"", "sterilization")]
    [InlineData("preparation", "\"Semisterile\"", "preparation")]
    [InlineData("dosageForm", "\"Elixirish\"", "dosageForm")]
    [InlineData("storage", "null", "storage")]
    [InlineData("compoundedAt", "null", "compoundedAt")]
    [InlineData("waterActivity", "null", "waterActivity")]
    [InlineData("ingredientExpiries", "[\"next spring\"]", "ingredientExpiries")]
    public async Task A_missing_contradictory_or_impossible_field_is_refused_by_name(string field, string json, string named)
    {
        var request = NonSterile("NonAqueous", false, "Capsule", "Room");
        request[field] = JsonNode.Parse(json);

        var response = await _api.PostAsJsonAsync(Path, request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.Contains(errors, error => error.Key.Contains(named, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_sterile_request_without_its_category_is_refused_by_name()
    {
        var request = Sterile(2, "Aseptic", true, false, "Room");
        request.Remove("category");

        var response = await _api.PostAsJsonAsync(Path, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("category"));
    }

    [Fact]
    public async Task Only_a_key_with_the_compounding_read_scope_may_ask()
    {
        var reader = await CreateKeyAsync("Dispensing system", "compounding:read");
        var other = await CreateKeyAsync("Billing system", "billing:read");
        var request = NonSterile("NonAqueous", false, "Capsule", "Room");

        var allowed = await app.ApiClient(reader).PostAsJsonAsync(Path, request);
        var refused = await app.ApiClient(other).PostAsJsonAsync(Path, request);
        var anonymous = await app.ApiClient(null).PostAsJsonAsync(Path, request);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    private static JsonObject NonSterile(string waterActivity, bool preserved, string dosageForm, string storage) => new()
    {
        ["preparation"] = "NonSterile",
        ["waterActivity"] = waterActivity,
        ["preserved"] = preserved,
        ["dosageForm"] = dosageForm,
        ["storage"] = storage,
        ["compoundedAt"] = CompoundedAt,
    };

    private static JsonObject Sterile(int category, string? sterilization, bool sterilityTested, bool nonSterileStartingComponent, string storage)
    {
        var request = new JsonObject
        {
            ["preparation"] = "Sterile",
            ["category"] = category,
            ["sterilityTested"] = sterilityTested,
            ["nonSterileStartingComponent"] = nonSterileStartingComponent,
            ["storage"] = storage,
            ["compoundedAt"] = CompoundedAt,
            ["ingredientExpiries"] = new JsonArray("2030-01-01"),
        };
        if (sterilization is not null)
        {
            request["sterilization"] = sterilization;
        }

        return request;
    }

    private static JsonObject With(JsonObject request, string field, int value)
    {
        var copy = (JsonObject)request.DeepClone();
        copy[field] = value;
        return copy;
    }

    private async Task<Answer> CalculateAsync(JsonObject request)
    {
        var response = await _api.PostAsJsonAsync(Path, request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<Answer>())!;
    }

    private async Task<string> CreateKeyAsync(string name, params string[] scopes) =>
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PharmacyIdentityDbContext>();
            db.ApiKeys.Add(ApiKey.Create(name, scopes, "test", DateTimeOffset.UtcNow, out var secret));
            await db.SaveChangesAsync();
            return secret;
        });

    private sealed record Answer(DateTime BeyondUseDate, string LimitedBy, string Explanation);
}

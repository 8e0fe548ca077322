using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The mistakes a client really makes, each answered with a 400 that names the field (or a 422 naming the rule) and
/// nothing stored: an empty or null required field, a missing number, a value of the wrong type, an impossible date,
/// a far date, an empty list entry, a control character, an absurd quantity, a formula the pharmacy does not make.
/// </summary>
public sealed class RequestErrorTests(PharmacyApp app) : IClassFixture<PharmacyApp>
{
    private readonly HttpClient _api = app.ApiClient();

    [Theory]
    [InlineData("npi", "\"\"", "npi")]
    [InlineData("credential", "null", "credential")]
    [InlineData("email", "\"not-an-email\"", "email")]
    [InlineData("phone", "\"12\"", "phone")]
    [InlineData("lastName", "\"Okafor\\u0007\"", "lastName")]
    public async Task A_provider_with_a_bad_field_is_refused_naming_that_field(string field, string json, string named)
    {
        var provider = JsonNode.Parse("""{"npi":"1234567893","firstName":"Chidi","lastName":"Okafor","credential":"MD"}""")!.AsObject();
        provider[field] = JsonNode.Parse(json);

        var response = await PostAsync("/api/crm/providers", provider);

        await AssertFieldErrorAsync(response, named);
    }

    [Theory]
    [InlineData("patient.sex", null, "patient.sex")]
    [InlineData("patient.state", null, "patient.state")]
    [InlineData("patient.state", "\"\"", "patient.state")]
    [InlineData("refills", null, "refills")]
    [InlineData("quantity", "\"abc\"", "quantity")]
    [InlineData("writtenOn", "\"2026-02-30\"", "writtenOn")]
    [InlineData("daysSupply", "92233720368547758070", "daysSupply")]
    [InlineData("quantity", "100000", "quantity")]
    [InlineData("refils", "2", "refils")]
    public async Task A_prescription_with_a_missing_or_unreadable_field_is_refused_naming_it(string field, string? json, string named)
    {
        var prescription = Prescription();
        Set(prescription, field, json);

        var response = await PostAsync("/api/prescriptions", prescription);

        await AssertFieldErrorAsync(response, named);
        Assert.Equal(0, await PrescriptionCountAsync());
    }

    [Theory]
    [InlineData("LDN-4.5-CAP", 0.5, "QuantityMustSuitTheFormulaRule")]
    [InlineData("NO-SUCH-FORMULA", 30, "PrescriptionMustNameAnApprovedFormulaRule")]
    public async Task A_prescription_for_half_a_capsule_or_an_unknown_formula_breaks_a_rule(string formula, double quantity, string rule)
    {
        var npi = await ActivePrescriberAsync();
        var prescription = Prescription(npi);
        prescription["formulaCode"] = formula;
        prescription["quantity"] = quantity;

        var response = await PostAsync("/api/prescriptions", prescription);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(rule, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(0, await PrescriptionCountAsync());
    }

    [Theory]
    [InlineData("/api/reporting/rx-turnaround?to=9999-12-31", "to")]
    [InlineData("/api/reporting/rx-turnaround.csv?from=0001-01-01", "from")]
    [InlineData("/api/prescriptions?page=abc", "page")]
    public async Task A_query_with_a_far_or_unreadable_value_is_refused_naming_it(string url, string named) =>
        await AssertFieldErrorAsync(await _api.GetAsync(url), named);

    [Fact]
    public async Task A_price_for_a_code_with_a_control_character_is_refused_and_nothing_is_listed()
    {
        var billing = await app.SignedInAsync("billing");
        var before = await app.InScopeAsync(sp => sp.GetRequiredService<BillingDbContext>().FormulaPrices.CountAsync());

        var response = await billing.PostAsync("/api/billing/prices", Json("""{"formulaCode":"LDN-4.5-CAP\u0001","pricePerUnit":1.25}"""));

        await AssertFieldErrorAsync(response, "formulaCode");
        Assert.Equal(before, await app.InScopeAsync(sp => sp.GetRequiredService<BillingDbContext>().FormulaPrices.CountAsync()));
    }

    [Fact]
    public async Task A_payment_without_its_method_is_refused_rather_than_taken_as_cash()
    {
        var billing = await app.SignedInAsync("billing");

        var response = await billing.PostAsync($"/api/billing/charges/{Guid.NewGuid()}/payments", Json("""{"amount":20.00}"""));

        await AssertFieldErrorAsync(response, "method");
    }

    [Fact]
    public async Task A_stock_adjustment_of_an_absurd_quantity_is_refused_and_the_ledger_is_untouched()
    {
        var pharmacist = await app.SignedInAsync("pharmacist");
        var lot = await app.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots.AsNoTracking().FirstAsync());
        var movements = await app.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().StockMovements.CountAsync());

        var response = await pharmacist.PostAsync(
            "/api/inventory/items/ING-001/adjustments",
            Json($$"""{"lotId":"{{lot.Id.Value}}","quantity":92233720368547758070,"reason":"Count","change":"Adjustment"}"""));

        await AssertFieldErrorAsync(response, "quantity");
        Assert.Equal(movements, await app.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().StockMovements.CountAsync()));
    }

    [Fact]
    public async Task A_compounding_record_with_an_empty_ingredient_entry_is_refused_naming_the_entry()
    {
        var technician = await app.SignedInAsync("technician");

        var response = await technician.PostAsync(
            $"/api/compounding/batches/{Guid.NewGuid()}/compounding", Json("""{"ingredients":[null],"actualYield":30}"""));

        await AssertFieldErrorAsync(response, "ingredients[0]");
    }

    [Fact]
    public async Task The_staff_entry_form_shows_a_missing_sex_next_to_its_field_never_json()
    {
        var technician = await app.SignedInAsync("technician");

        var response = await technician.SubmitAsync("/Prescriptions/New", new Dictionary<string, string>
        {
            ["Input.PrescriberNpi"] = "1234567893",
            ["Input.Patient.FirstName"] = "Maria",
            ["Input.Patient.LastName"] = "Alvarez",
            ["Input.Patient.DateOfBirth"] = "1971-04-12",
            ["Input.Patient.Sex"] = "",
            ["Input.Patient.State"] = "TX",
            ["Input.FormulaCode"] = "LDN-4.5-CAP",
            ["Input.Quantity"] = "30",
            ["Input.Directions"] = "Take one capsule by mouth at bedtime",
            ["Input.DaysSupply"] = "30",
            ["Input.Refills"] = "2",
            ["Input.WrittenOn"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Enter the patient&#x27;s sex.", page);
        Assert.Equal(0, await PrescriptionCountAsync());
    }

    [Fact]
    public async Task An_unknown_page_answers_a_friendly_not_found_page()
    {
        var pharmacist = await app.SignedInAsync("pharmacist");

        var response = await pharmacist.GetAsync("/Prescriptions/NoSuchPage");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no page or record at this address.", page);
    }

    [Fact]
    public async Task The_favicon_is_served()
    {
        var response = await app.CreateClient().GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"The answer does not name {field}: {body}");
        Assert.DoesNotContain("Pharmacy.", body, StringComparison.Ordinal);
    }

    private async Task<string> ActivePrescriberAsync()
    {
        var npi = Api.NewNpi();
        await _api.ActivateProviderAsync(await _api.RegisterProviderAsync(npi));
        await Api.Eventually(() => app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescribers.AnyAsync(p => p.Npi == npi && p.IsActive)),
            "the prescriber is active in Prescriptions");
        return npi;
    }

    private Task<int> PrescriptionCountAsync() => app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescriptions.CountAsync());

    private static JsonObject Prescription(string npi = "1234567893") =>
        JsonSerializer.SerializeToNode(Api.Prescription(npi))!.AsObject();

    /// <summary>Sets a dotted field to the JSON given, or removes it when none is.</summary>
    private static void Set(JsonObject body, string field, string? json)
    {
        var parts = field.Split('.');
        var target = parts[..^1].Aggregate(body, (current, part) => current[part]!.AsObject());
        if (json is null)
        {
            target.Remove(parts[^1]);
        }
        else
        {
            target[parts[^1]] = JsonNode.Parse(json);
        }
    }

    private Task<HttpResponseMessage> PostAsync(string url, JsonNode body) => _api.PostAsync(url, Json(body.ToJsonString()));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

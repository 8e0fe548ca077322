using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// A pharmacist writes a master formulation record, edits the draft, approves it, changes it as a new version and
/// withdraws it; each version reads back as it was, the changes are audited and two versions compare field by field.
/// </summary>
public sealed class FormulaAuthoringTests : IClassFixture<FlowApp>
{
    private const string Naltrexone = "ING-001";
    private const string Cellulose = "ING-028";
    private const string CapsuleShell = "ING-042";
    private const string Testosterone = "ING-005";
    private const string ApprovalMeaning = "Approved: formula reviewed and approved for compounding";
    private readonly FlowApp _app;

    public FormulaAuthoringTests(FlowApp app) => _app = app;

    [Fact]
    public async Task A_pharmacist_writes_edits_and_approves_a_formula_then_changes_it_as_a_new_version()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");

        var created = await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "ldn-3-cap", formula = Capsule(0.003m) });
        var edited = await pharmacist.PutAsJsonAsync("/api/compounding/formulas/LDN-3-CAP/versions/1", new { formula = Capsule(0.0031m) });
        var approved = await pharmacist.PostAsJsonAsync("/api/compounding/formulas/LDN-3-CAP/versions/1/approve",
            new { password = PharmacyApp.Password, meaning = ApprovalMeaning });
        var editApproved = await pharmacist.PutAsJsonAsync("/api/compounding/formulas/LDN-3-CAP/versions/1", new { formula = Capsule(0.5m) });
        var next = await pharmacist.PostAsJsonAsync("/api/compounding/formulas/LDN-3-CAP/versions", new { changeSummary = "More naltrexone per capsule" });
        var editNext = await pharmacist.PutAsJsonAsync("/api/compounding/formulas/LDN-3-CAP/versions/2",
            new { formula = Capsule(0.0032m), changeSummary = "Naltrexone 3.2 mg per capsule" });
        var first = await pharmacist.GetFromJsonAsync<JsonElement>("/api/compounding/formulas/LDN-3-CAP?version=1");
        var comparison = await pharmacist.GetFromJsonAsync<JsonElement>("/api/compounding/formulas/LDN-3-CAP/compare?from=1&to=2");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        await AssertRefusedAsync(editApproved, "LDN-3-CAP version 1 is Approved and can no longer change");
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(2, (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, editNext.StatusCode);
        Assert.Equal("Approved", first.GetProperty("status").GetString());
        Assert.Equal(0.0031m, first.GetProperty("ingredients")[0].GetProperty("quantityPerUnit").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("controlledSchedule").ValueKind);
        var changed = comparison.GetProperty("fields").EnumerateArray().Where(f => f.GetProperty("changed").GetBoolean())
            .Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Contains("Change summary", changed);
        Assert.Contains(changed, field => field!.StartsWith(Naltrexone, StringComparison.Ordinal));
        Assert.DoesNotContain(changed, field => field!.StartsWith(Cellulose, StringComparison.Ordinal));
        var edits = first.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("act").GetString() == "Edit formula draft");
        Assert.Contains(edits.SelectMany(h => h.GetProperty("changes").EnumerateArray()), c =>
            c.GetProperty("before").GetString() is { } before && before.Contains("0.003", StringComparison.Ordinal)
            && c.GetProperty("after").GetString() is { } after && after.Contains("0.0031", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_formula_takes_the_strictest_schedule_of_its_ingredients()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var testosterone = Capsule(0.003m) with { Name = "Testosterone 3 mg capsule", Ingredients = [new Line(Testosterone, "Active", 0.003m), new Line(Cellulose, "BaseQs", 0.247m)] };

        await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "TESTO-3-CAP", formula = testosterone });
        var formula = await pharmacist.GetFromJsonAsync<JsonElement>("/api/compounding/formulas/TESTO-3-CAP");

        Assert.Equal("CIII", formula.GetProperty("controlledSchedule").GetString());
    }

    [Fact]
    public async Task A_formula_naming_an_item_that_is_not_stocked_or_an_existing_code_is_refused_and_nothing_is_written()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var unknownItem = Capsule(0.003m) with { Ingredients = [new Line("ING-999", "Active", 0.003m)] };

        var notStocked = await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "NEW-1", formula = unknownItem });
        var existing = await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "LDN-4.5-CAP", formula = Capsule(0.003m) });
        var blank = await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "", formula = Capsule(0.003m) with { Name = "" } });
        var lookup = await pharmacist.GetAsync("/api/compounding/formulas/NEW-1");

        await AssertRefusedAsync(notStocked, "Ingredient line 1 names ING-999, which is not an item Inventory stocks");
        await AssertRefusedAsync(existing, "A formula with code LDN-4.5-CAP exists already");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var errors = (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("formula.name", out _));
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Only_a_pharmacist_writes_formulas()
    {
        var technician = await _app.SignedInAsync("technician");

        var written = await technician.PostAsJsonAsync("/api/compounding/formulas", new { code = "TECH-1", formula = Capsule(0.003m) });
        var editor = await technician.GetAsync("/Compounding/Formulas/Edit");

        Assert.Equal(HttpStatusCode.Forbidden, written.StatusCode);
        Assert.EndsWith("/Account/AccessDenied", editor.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_saves_a_draft_from_its_form_and_shows_field_errors_beside_their_lines()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = "PAGE-1",
            ["Input.Formula.Name"] = "Naltrexone 1 mg capsule",
            ["Input.Formula.Strength"] = "1 mg per capsule",
            ["Input.Formula.ContainerClosure"] = "Amber plastic vial, child-resistant cap",
            ["Input.Formula.Equipment"] = "Class A balance\nCapsule filling machine",
            ["Input.Formula.DosageForm"] = "Capsule",
            ["Input.Formula.Route"] = "oral",
            ["Input.Formula.Unit"] = "capsule",
            ["Input.Formula.Preparation"] = "NonSterile",
            ["Input.Formula.Storage"] = "Room",
            ["Input.Formula.WaterActivity"] = "NonAqueous",
            ["Input.Formula.Ingredients[0].ItemCode"] = "",
            ["Input.Formula.Ingredients[1].ItemCode"] = Naltrexone,
            ["Input.Formula.Ingredients[1].Role"] = "Active",
            ["Input.Formula.Ingredients[1].QuantityPerUnit"] = "0",
            ["Input.Formula.QualityChecks[0].Name"] = "Appearance",
            ["Input.Formula.QualityChecks[0].Specification"] = "Capsules intact",
            ["Input.Formula.Instructions"] = "Weigh.\nBlend.\n\nFill.",
        };

        var refused = await pharmacist.SubmitAsync("/Compounding/Formulas/Edit", fields);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        fields["Input.Formula.Ingredients[1].QuantityPerUnit"] = "0.001";
        var saved = await pharmacist.SubmitAsync("/Compounding/Formulas/Edit", fields);
        var draft = await pharmacist.GetFromJsonAsync<JsonElement>("/api/compounding/formulas/PAGE-1?version=1");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The quantity per unit must be more than zero.", refusedPage);
        Assert.Contains("data-valmsg-for=\"Input.Formula.Ingredients[0].QuantityPerUnit\"", refusedPage);
        Assert.Equal("/Compounding/Formulas/Details/PAGE-1", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(Naltrexone, Assert.Single(draft.GetProperty("ingredients").EnumerateArray()).GetProperty("itemCode").GetString());
        Assert.Equal(["Weigh.", "Blend.", "Fill."], draft.GetProperty("instructions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Class A balance", "Capsule filling machine"], draft.GetProperty("equipment").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("1 mg per capsule", draft.GetProperty("strength").GetString());
    }

    [Fact]
    public async Task A_pharmacist_makes_a_formula_for_stock_from_its_page_and_the_next_prescription_draws_on_that_batch()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var api = _app.ApiClient();
        (await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "STK-3-CAP", formula = Capsule(0.003m) })).EnsureSuccessStatusCode();
        (await pharmacist.PostAsJsonAsync("/api/compounding/formulas/STK-3-CAP/versions/1/approve",
            new { password = PharmacyApp.Password, meaning = ApprovalMeaning })).EnsureSuccessStatusCode();
        const string page = "/Compounding/Formulas/Details/STK-3-CAP?version=1";

        var halfCapsule = await pharmacist.SubmitAsync(page, new Dictionary<string, string> { ["PlanStock.Quantity"] = "0.5" }, handler: "PlanStock");
        var planned = await pharmacist.SubmitAsync(page, new Dictionary<string, string> { ["PlanStock.Quantity"] = "200" }, handler: "PlanStock");

        Assert.Equal(HttpStatusCode.OK, halfCapsule.StatusCode);
        Assert.Contains("0.5 is not a whole number", await halfCapsule.Content.ReadAsStringAsync());
        var batchPage = planned.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Compounding/Batches/Details/", batchPage, StringComparison.Ordinal);
        Assert.Contains("200 capsule left for fills of STK-3-CAP", await planned.Content.ReadAsStringAsync());
        var batchPath = $"/api/compounding/batches/{batchPage.Split('/')[^1]}";

        HttpResponseMessage sent = null!;
        await Api.Eventually(
            async () => (sent = await api.PostAsJsonAsync("/api/prescriptions", Api.Prescription("1234567893", formulaCode: "STK-3-CAP"))).StatusCode == HttpStatusCode.Created,
            "prescriptions learn that STK-3-CAP was approved");
        var prescriptionId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var verified = await pharmacist.PostAsJsonAsync(
            $"/api/prescriptions/{prescriptionId}/verify", new { password = PharmacyApp.Password, meaning = "I verified this prescription against the prescriber's order" });
        var fillId = (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fillId").GetGuid();

        JsonElement batch = default;
        await Api.Eventually(
            async () => (batch = await pharmacist.GetFromJsonAsync<JsonElement>(batchPath)).GetProperty("fills").EnumerateArray()
                .Any(fill => fill.GetProperty("fillId").GetGuid() == fillId),
            "the fill draws on the stock batch");
        Assert.Equal((200m, 170m), (batch.GetProperty("quantity").GetDecimal(), batch.GetProperty("stockLeft").GetDecimal()));
        Assert.True(batch.GetProperty("forStock").GetBoolean());
    }

    [Fact]
    public async Task A_withdrawn_formula_can_no_longer_be_prescribed_and_its_measured_checks_keep_their_limits()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var api = _app.ApiClient();
        var formula = Capsule(0.003m) with
        {
            QualityChecks =
            [
                new Check("Appearance", "Capsules intact and uniformly filled"),
                new Check("Potency", "2.7-3.3 mg per capsule", "MgPerUnit", 2.7m, 3.3m),
            ],
        };
        (await pharmacist.PostAsJsonAsync("/api/compounding/formulas", new { code = "WD-3-CAP", formula })).EnsureSuccessStatusCode();
        (await pharmacist.PostAsJsonAsync("/api/compounding/formulas/WD-3-CAP/versions/1/approve",
            new { password = PharmacyApp.Password, meaning = ApprovalMeaning })).EnsureSuccessStatusCode();
        await Api.Eventually(
            async () => (await api.PostAsJsonAsync("/api/prescriptions", Api.Prescription("1234567893", formulaCode: "WD-3-CAP"))).StatusCode == HttpStatusCode.Created,
            "prescriptions learn that WD-3-CAP was approved");

        var withdrawn = await pharmacist.PostAsJsonAsync("/api/compounding/formulas/WD-3-CAP/versions/1/withdraw", new
        {
            reason = "Capsule shell supplier recall",
            signature = new { password = PharmacyApp.Password, meaning = "Withdrawn: formula no longer to be compounded" },
        });
        HttpResponseMessage refused = null!;
        await Api.Eventually(async () =>
        {
            refused = await api.PostAsJsonAsync("/api/prescriptions", Api.Prescription("1234567893", formulaCode: "WD-3-CAP"));
            return refused.StatusCode != HttpStatusCode.Created;
        }, "prescriptions learn that WD-3-CAP was withdrawn");
        var potency = (await pharmacist.GetFromJsonAsync<JsonElement>("/api/compounding/formulas/WD-3-CAP?version=1"))
            .GetProperty("qualityChecks")[1];

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        await AssertRefusedAsync(refused, "was withdrawn");
        Assert.Equal(("MgPerUnit", 2.7m, 3.3m), (potency.GetProperty("measure").GetString(), potency.GetProperty("lowest").GetDecimal(), potency.GetProperty("highest").GetDecimal()));
        Assert.Equal("2.7-3.3 mg per capsule", potency.GetProperty("limits").GetString());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private static FormulaBody Capsule(decimal naltrexonePerCapsule) => new(
        "Naltrexone 3 mg capsule", "3 mg per capsule", "Capsule", "oral", "capsule", "NonSterile", "Room", "NonAqueous",
        [new Line(Naltrexone, "Active", naltrexonePerCapsule), new Line(Cellulose, "BaseQs", 0.247m), new Line(CapsuleShell, "Container", 1m)],
        [new Check("Appearance", "Capsules intact and uniformly filled"), new Check("Potency", "2.7-3.3 mg per capsule")],
        ["Weigh the ingredients.", "Blend by geometric dilution.", "Fill size 1 capsules."],
        ["Class A prescription balance", "Capsule filling machine"], "Amber plastic vial, child-resistant cap");

    private sealed record FormulaBody(
        string Name, string Strength, string DosageForm, string Route, string Unit, string Preparation, string Storage, string WaterActivity,
        IReadOnlyList<Line> Ingredients, IReadOnlyList<Check> QualityChecks, IReadOnlyList<string> Instructions,
        IReadOnlyList<string> Equipment, string ContainerClosure);

    private sealed record Line(string ItemCode, string Role, decimal QuantityPerUnit, decimal SaltFactor = 1m, decimal PotencyFactor = 1m);

    private sealed record Check(string Name, string Specification, string Measure = "PassFail", decimal? Lowest = null, decimal? Highest = null);
}

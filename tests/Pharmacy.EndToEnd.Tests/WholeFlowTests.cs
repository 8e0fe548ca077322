using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The main flow of the pharmacy, over HTTP, each step done by the person (or the external system) whose work it is:
/// a provider is onboarded, their prescription is received, verified, compounded from traced lots, checked, released
/// by quality, dispensed, charged, paid and reported; every module shows its part, and every signature is on record.
/// </summary>
public sealed class WholeFlowTests : IClassFixture<FlowApp>
{
    private const string Formula = "LDN-4.5-CAP";
    private const decimal Quantity = 30m;

    private const string PharmacistName = "Dana Whitfield, PharmD";
    private const string TechnicianName = "Jordan Lee, CPhT";
    private const string QualityName = "Priya Natarajan, QA";
    private const string BillingName = "Sam Ortega, Billing";

    private const string VerifyMeaning = "I verified this prescription against the prescriber's order";
    private const string CheckMeaning = "I checked this compounding record against the master formula";
    private const string ReleaseMeaning = "I release this batch: every QC result meets its specification";
    private const string FinalCheckMeaning = "I checked the filled product against the prescription before it leaves";

    /// <summary>What may set a beyond-use date: the USP table, the stability reference, or the earliest ingredient lot expiry.</summary>
    private static readonly string[] BudLimits = ["UspLimit", "Stability", "IngredientExpiry"];

    /// <summary>A verified prescription, or one whose fill Compounding has already planned.</summary>
    private static readonly string[] AfterVerification = ["Verified", "InProduction"];

    private readonly FlowApp _app;
    private readonly HttpClient _api;

    public WholeFlowTests(FlowApp app)
    {
        _app = app;
        _api = app.ApiClient();
    }

    [Fact]
    public async Task A_prescription_from_a_newly_activated_provider_is_verified_compounded_released_dispensed_paid_and_reported_with_every_signature_on_record()
    {
        // 1. The account manager onboards the provider; the prescription module learns of the activation.
        var accounts = await _app.SignedInAsync("accounts");
        var npi = Api.NewNpi();
        var providerId = await accounts.RegisterProviderAsync(npi, lastName: "Adeyemi");
        await accounts.ActivateProviderAsync(providerId);
        await Api.Eventually(
            async () => (await ItemsAsync(_api, $"/api/prescriptions/prescribers?search={npi}")).Any(p => p.Text("npi") == npi && p.Flag("isActive")),
            $"the prescription module knows prescriber {npi} as active");

        // 2. The clinic's system sends the prescription.
        var sent = await _api.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var received = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Received", received.Text("status"));
        var prescriptionId = received.Id("id");
        var rxNumber = received.GetProperty("rxNumber").GetInt64();
        var prescriptionPath = $"/api/prescriptions/{prescriptionId}";

        // 3. Only a pharmacist, with their own password, can verify it; then the original fill is requested.
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var byApiKey = await _api.PostAsJsonAsync($"{prescriptionPath}/verify", Signature(VerifyMeaning));
        var withWrongPassword = await pharmacist.PostAsJsonAsync($"{prescriptionPath}/verify", new { password = "Not-my-password-1", meaning = VerifyMeaning });
        Assert.Equal(HttpStatusCode.Forbidden, byApiKey.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withWrongPassword.StatusCode);
        var untouched = await GetAsync(_api, prescriptionPath);
        Assert.Equal("Received", untouched.Text("status"));
        Assert.Null(untouched.Text("verifiedBy"));
        Assert.Empty(untouched.List("fills"));

        var verifying = await pharmacist.PostAsJsonAsync($"{prescriptionPath}/verify", Signature(VerifyMeaning));
        Assert.Equal(HttpStatusCode.OK, verifying.StatusCode);
        var verified = await verifying.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Verified", verified.Text("status"));
        var fillId = verified.Id("fillId");
        var afterVerification = await GetAsync(_api, prescriptionPath);
        // Compounding may already have planned the fill's batch, which puts the prescription in production.
        Assert.Contains(afterVerification.Text("status") ?? "", AfterVerification);
        Assert.Equal(PharmacistName, afterVerification.Text("verifiedBy"));
        var requestedFill = Assert.Single(afterVerification.List("fills"));
        Assert.Equal(fillId, requestedFill.Id("id"));
        Assert.Equal(Quantity, requestedFill.Number("quantity"));

        // 4. Compounding plans a batch for the fill; the technician starts it with lots Inventory reserves first-expiry-first-out.
        var batch = default(JsonElement);
        await Api.Eventually(
            async () =>
            {
                foreach (var summary in await ItemsAsync(_api, $"/api/compounding/batches?search={Formula}"))
                {
                    var details = await GetAsync(_api, $"/api/compounding/batches/{summary.Id("id")}");
                    if (details.List("fills").Any(fill => fill.Id("fillId") == fillId))
                    {
                        batch = details;
                        return true;
                    }
                }

                return false;
            },
            "compounding plans a batch serving the fill");
        var batchId = batch.Id("id");
        var batchPath = $"/api/compounding/batches/{batchId}";
        var batchNumber = batch.Text("batchNumber")!;
        Assert.Equal("Planned", batch.Text("status"));
        Assert.Equal(Formula, batch.Text("formulaCode"));
        Assert.Equal(Quantity, batch.Number("quantity"));
        Assert.Empty(batch.List("lots"));
        var ingredientCodes = batch.List("ingredients").Select(i => i.Text("itemCode")!).ToList();
        Assert.NotEmpty(ingredientCodes);
        var stockBeforeStart = new Dictionary<string, JsonElement>();
        foreach (var code in ingredientCodes)
        {
            stockBeforeStart[code] = await GetAsync(_api, $"/api/inventory/items/{code}");
        }

        var technician = await _app.SignedInAsync("technician");
        Assert.Equal(HttpStatusCode.NoContent, (await technician.PostAsync($"{batchPath}/start", null)).StatusCode);
        var started = await GetAsync(_api, batchPath);
        Assert.Equal("InProgress", started.Text("status"));
        var ingredients = started.List("ingredients");
        var allocated = started.List("lots");
        foreach (var ingredient in ingredients)
        {
            var code = ingredient.Text("itemCode")!;
            var lots = allocated.Where(lot => lot.Text("itemCode") == code).ToList();
            Assert.True(lots.Count > 0, $"no lot of {code} is allocated to the batch");
            // What is weighed or measured is reserved with 10% headroom, so that a weight can never exceed the reservation.
            var headroom = ingredient.Text("unit") is "each" ? 1m : 1.10m;
            Assert.Equal(ingredient.Number("theoreticalQuantity") * headroom, lots.Sum(lot => lot.Number("allocatedQuantity")));
            var stock = (await GetAsync(_api, $"/api/inventory/items/{code}")).List("lots");
            foreach (var lot in lots)
            {
                Assert.Equal(lot.Number("allocatedQuantity"), stock.Single(s => s.Id("id") == lot.Id("lotId")).Number("reserved"));
            }
        }

        // The technician weighs exactly what the record asks for; the batch yields what was planned.
        var weighed = ingredients.Select(i => new { itemCode = i.Text("itemCode"), actualQuantity = i.Number("theoreticalQuantity"), balanceId = "BAL-02" });
        var recording = await technician.PostAsJsonAsync($"{batchPath}/compounding", new { ingredients = weighed, actualYield = Quantity, deviations = (string?)null });
        Assert.Equal(HttpStatusCode.NoContent, recording.StatusCode);
        var compounded = await GetAsync(_api, batchPath);
        Assert.Equal("Compounded", compounded.Text("status"));
        Assert.Equal(TechnicianName, compounded.Text("preparedBy"));
        Assert.All(compounded.List("ingredients"), i =>
        {
            Assert.Equal(i.Number("theoreticalQuantity"), i.Number("actualQuantity"));
            Assert.False(i.Flag("outsideTolerance"));
        });
        Assert.False(compounded.Flag("yieldOutsideRange"));

        // A pharmacist who did not prepare it checks the record with a signature: the beyond-use date is assigned.
        Assert.Equal(HttpStatusCode.NoContent, (await pharmacist.PostAsJsonAsync($"{batchPath}/check", Signature(CheckMeaning))).StatusCode);
        var checkedBatch = await GetAsync(_api, batchPath);
        Assert.Equal("Checked", checkedBatch.Text("status"));
        Assert.Equal(PharmacistName, checkedBatch.Text("checkedBy"));
        var beyondUseDate = checkedBatch.Time("beyondUseDate");
        Assert.True(beyondUseDate > checkedBatch.Time("compoundedAt"), "the beyond-use date is after the batch was made");
        Assert.Contains(checkedBatch.Text("budLimitedBy") ?? "", BudLimits);
        Assert.False(string.IsNullOrWhiteSpace(checkedBatch.Text("budReason")), "the batch says what set its beyond-use date");

        // First expiry first out: a released lot passed over either expires before the batch's beyond-use date or after every lot taken.
        var budDay = DateOnly.FromDateTime(beyondUseDate.UtcDateTime);
        foreach (var code in ingredientCodes)
        {
            var taken = checkedBatch.List("lots").Where(lot => lot.Text("itemCode") == code).ToList();
            var latestTaken = taken.Max(lot => lot.Day("expiresOn"));
            var passedOver = stockBeforeStart[code].List("lots")
                .Where(lot => lot.Text("status") == "Released" && lot.Number("available") > 0 && taken.All(t => t.Id("lotId") != lot.Id("id")));
            Assert.All(passedOver, lot => Assert.True(
                lot.Day("expiresOn") < budDay || lot.Day("expiresOn") >= latestTaken,
                $"lot {lot.Text("lotNumber")} of {code} expires on {lot.Day("expiresOn")}, before the lots taken, yet after the beyond-use date {budDay}"));
        }

        // 5. Inventory takes off each lot what was weighed, for this batch, and nothing stays reserved.
        foreach (var lot in checkedBatch.List("lots"))
        {
            var code = lot.Text("itemCode")!;
            var lotId = lot.Id("lotId");
            await Api.Eventually(
                async () => (await GetAsync(_api, $"/api/inventory/items/{code}")).List("recentMovements")
                    .Any(m => m.Id("lotId") == lotId && m.Text("type") == "Consumption" && m.Text("batchNumber") == batchNumber),
                $"inventory records the consumption of lot {lot.Text("lotNumber")} by batch {batchNumber}");
            var item = await GetAsync(_api, $"/api/inventory/items/{code}");
            var consumption = Assert.Single(item.List("recentMovements"),
                m => m.Id("lotId") == lotId && m.Text("type") == "Consumption" && m.Text("batchNumber") == batchNumber);
            Assert.Equal(-lot.Number("usedQuantity"), consumption.Number("quantity"));
            Assert.Equal(TechnicianName, consumption.Text("recordedBy"));
            Assert.Equal(0m, item.List("lots").Single(l => l.Id("id") == lotId).Number("reserved"));
        }

        // 6. Quality opens a release task; QA records a passing result for every check and releases with a signature.
        var taskId = Guid.Empty;
        await Api.Eventually(
            async () =>
            {
                var tasks = await ItemsAsync(_api, $"/api/quality/release-tasks?search={batchNumber}");
                var found = tasks.FirstOrDefault(t => t.Text("batchNumber") == batchNumber);
                taskId = found.ValueKind == JsonValueKind.Object ? found.Id("id") : Guid.Empty;
                return taskId != Guid.Empty;
            },
            $"quality opens a release task for batch {batchNumber}");
        var taskPath = $"/api/quality/release-tasks/{taskId}";
        var task = await GetAsync(_api, taskPath);
        Assert.Equal("Open", task.Text("status"));
        Assert.Equal(TechnicianName, task.Text("preparedBy"));
        Assert.Equal(PharmacistName, task.Text("checkedBy"));
        Assert.Equal(beyondUseDate, task.Time("beyondUseDate"));
        Assert.Contains(fillId, task.List("fillIds").Select(id => id.GetGuid()));
        Assert.NotEmpty(task.List("releaseBlockers"));
        var checks = task.List("checks");
        Assert.Contains(checks, check => check.Flag("isPotency"));

        var qa = await _app.SignedInAsync("qa");
        foreach (var check in checks)
        {
            // A measured check takes a number in its own unit (mg per capsule, pH) and is judged against its limits.
            var result = check.GetProperty("lowest").ValueKind == JsonValueKind.Number
                ? new
                {
                    check = check.Text("name"),
                    result = ((check.Number("lowest") + check.Number("highest")) / 2).ToString("0.####", CultureInfo.InvariantCulture),
                    outcome = (string?)null,
                }
                : new { check = check.Text("name"), result = "Conforms to specification", outcome = (string?)"Pass" };
            Assert.Equal(HttpStatusCode.NoContent, (await qa.PostAsJsonAsync($"{taskPath}/results", result)).StatusCode);
        }

        var readyForRelease = await GetAsync(_api, taskPath);
        Assert.All(readyForRelease.List("checks"), check => Assert.Equal("Pass", check.Text("outcome")));
        Assert.Empty(readyForRelease.List("releaseBlockers"));
        Assert.Equal(HttpStatusCode.NoContent, (await qa.PostAsJsonAsync($"{taskPath}/release", Signature(ReleaseMeaning))).StatusCode);
        var released = await GetAsync(_api, taskPath);
        Assert.Equal("Released", released.Text("status"));
        Assert.Equal(QualityName, released.Text("decidedBy"));
        Assert.Equal(ReleaseMeaning, released.Text("signatureMeaning"));
        await Api.Eventually(
            async () => (await GetAsync(_api, batchPath)).Text("status") == "Released",
            $"compounding closes batch {batchNumber} as released");

        // The printed compounding record holds every lot with what was used from it, the signatures and the barcode; the batch label its date.
        var record = await (await technician.GetAsync($"/Compounding/Batches/Record/{batchId}")).Content.ReadAsStringAsync();
        Assert.All(checkedBatch.List("lots"), lot => Assert.Contains($"{lot.Text("lotNumber")} ({lot.Day("expiresOn"):yyyy-MM-dd}): {lot.Number("usedQuantity"):0.######}", record));
        Assert.Contains($"{PharmacistName}, ", record);
        Assert.Contains($"Signed electronically, meaning: {CheckMeaning}", record);
        Assert.Contains($"Released by {QualityName}", record);
        Assert.Contains($"aria-label=\"Barcode {batchNumber}\"", record);
        var batchLabel = await (await technician.GetAsync($"/Compounding/Batches/Label/{batchId}")).Content.ReadAsStringAsync();
        Assert.Contains($"Use by {beyondUseDate.UtcDateTime:yyyy-MM-dd HH:mm} UTC", batchLabel);
        Assert.Contains("<svg", batchLabel);

        // 7. The fill is ready to dispense, labelled with the batch and its beyond-use date; the technician hands it over.
        await Api.Eventually(
            async () => (await GetAsync(_api, prescriptionPath)).List("fills").Single().Text("status") == "ReadyToDispense",
            "the fill becomes ready to dispense");
        var ready = await GetAsync(_api, prescriptionPath);
        Assert.Equal("ReadyToDispense", ready.Text("status"));
        var readyFill = ready.List("fills").Single();
        Assert.Equal(batchNumber, readyFill.Text("batchNumber"));
        Assert.Equal(beyondUseDate, readyFill.Time("beyondUseDate"));
        var fillLabel = await (await technician.GetAsync($"/Prescriptions/Label/{prescriptionId}/{fillId}")).Content.ReadAsStringAsync();
        Assert.Contains($"Pharmacist: {PharmacistName}", fillLabel);
        Assert.Contains($"aria-label=\"Barcode {rxNumber}-0\"", fillLabel);

        // Not before the pharmacist's final check, signed; then the patient collects it and declines counselling.
        var notChecked = await technician.PostAsJsonAsync(
            $"{prescriptionPath}/fills/{fillId}/dispense", new { collectedBy = "The patient", relationship = "Self", counselling = "Declined" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notChecked.StatusCode);
        Assert.Contains("final check", await notChecked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent,
            (await pharmacist.PostAsJsonAsync($"{prescriptionPath}/fills/{fillId}/check", Signature(FinalCheckMeaning))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await technician.PostAsJsonAsync(
            $"{prescriptionPath}/fills/{fillId}/dispense", new { collectedBy = "The patient", relationship = "Self", counselling = "Declined" })).StatusCode);
        var dispensed = await GetAsync(_api, prescriptionPath);
        Assert.Equal("Dispensed", dispensed.Text("status"));
        var dispensedFill = dispensed.List("fills").Single();
        Assert.Equal("Dispensed", dispensedFill.Text("status"));
        Assert.Equal("PickedUp", dispensedFill.Text("method"));
        Assert.Equal(TechnicianName, dispensedFill.Text("dispensedBy"));
        Assert.Equal((PharmacistName, "The patient", "Declined"), (dispensedFill.Text("checkedBy"), dispensedFill.Text("collectedBy"), dispensedFill.Text("counselling")));
        var dispensedPage = await (await technician.GetAsync($"/Prescriptions/Details/{prescriptionId}")).Content.ReadAsStringAsync();
        Assert.Contains($"checked by {PharmacistName}", dispensedPage);
        Assert.Contains("counselling declined", dispensedPage);

        // 8. Billing charges the fill at the list price and takes the patient's cash.
        var listPrice = (await GetListAsync(_api, "/api/billing/prices")).Single(p => p.Text("formulaCode") == Formula).Number("pricePerUnit");
        var chargeId = Guid.Empty;
        await Api.Eventually(
            async () =>
            {
                var charges = await ItemsAsync(_api, $"/api/billing/charges?search={rxNumber}");
                var found = charges.FirstOrDefault(c => c.GetProperty("rxNumber").GetInt64() == rxNumber);
                chargeId = found.ValueKind == JsonValueKind.Object ? found.Id("id") : Guid.Empty;
                return chargeId != Guid.Empty;
            },
            $"billing charges Rx {rxNumber}");
        var chargePath = $"/api/billing/charges/{chargeId}";
        var charge = await GetAsync(_api, chargePath);
        Assert.Equal(fillId, charge.Id("fillId"));
        Assert.Equal(Formula, charge.Text("formulaCode"));
        Assert.Equal(Quantity, charge.Number("quantity"));
        Assert.False(charge.Flag("needsPricing"));
        Assert.Equal(listPrice * Quantity, charge.Number("amount"));
        Assert.Equal("Open", charge.Text("status"));

        var billing = await _app.SignedInAsync("billing");
        var paying = await billing.PostAsJsonAsync($"{chargePath}/payments", new { amount = charge.Number("amount"), method = "Cash" });
        Assert.Equal(HttpStatusCode.Created, paying.StatusCode);
        var payment = await paying.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Paid", payment.Text("status"));
        Assert.Equal(0m, payment.Number("balance"));
        var paid = await GetAsync(_api, chargePath);
        Assert.Equal("Paid", paid.Text("status"));
        Assert.Equal(paid.Number("amount"), paid.Number("amountPaid"));
        var cash = Assert.Single(paid.List("payments"));
        Assert.Equal("Cash", cash.Text("method"));
        Assert.Equal(BillingName, cash.Text("receivedBy"));

        // 9. The turnaround report has the fill with every stage's time, in the order they happened.
        var turnaround = default(JsonElement);
        await Api.Eventually(
            async () =>
            {
                var rows = await ItemsAsync(_api, $"/api/reporting/rx-turnaround?formula={Formula}&pageSize=100");
                turnaround = rows.FirstOrDefault(row => row.Id("fillId") == fillId);
                return turnaround.ValueKind == JsonValueKind.Object && turnaround.Has("dispensedAt");
            },
            "the turnaround report shows the dispensed fill");
        Assert.Equal(rxNumber, turnaround.GetProperty("rxNumber").GetInt64());
        Assert.Equal(batchNumber, turnaround.Text("batchNumber"));
        var stages = new[] { "receivedAt", "verifiedAt", "compoundedAt", "releasedAt", "dispensedAt" };
        Assert.All(stages, stage => Assert.True(turnaround.Has(stage), $"the turnaround row has no {stage}"));
        var times = stages.Select(stage => turnaround.Time(stage)).ToList();
        Assert.True(times.Zip(times.Skip(1)).All(pair => pair.First < pair.Second), $"the stages are out of order: {string.Join(", ", times)}");

        // 10. Each signature is on its record's history: who signed, and what the signature meant.
        var prescriptionHistory = await GetListAsync(_api, $"{prescriptionPath}/history");
        var verification = Assert.Single(prescriptionHistory, entry => entry.Text("action") == "VerifyPrescription" && entry.Text("record") == "Prescription");
        Assert.Equal(PharmacistName, verification.Text("signedBy"));
        Assert.Equal(VerifyMeaning, verification.Text("signatureMeaning"));

        var batchHistory = (await GetAsync(_api, batchPath)).List("history");
        var batchCheck = Assert.Single(batchHistory, entry => entry.Text("action") == "CheckBatch");
        Assert.Equal(PharmacistName, batchCheck.Text("signedBy"));
        Assert.Equal(CheckMeaning, batchCheck.Text("signatureMeaning"));

        var taskHistory = (await GetAsync(_api, taskPath)).List("history");
        var release = Assert.Single(taskHistory, entry => entry.Text("act") == "Release batch");
        Assert.Equal(QualityName, release.Text("signedBy"));
        Assert.Equal(ReleaseMeaning, release.Text("signatureMeaning"));
    }

    [Fact]
    public async Task A_prescription_cancelled_after_verification_takes_its_fill_off_the_planned_batch_and_closes_its_turnaround_row()
    {
        var accounts = await _app.SignedInAsync("accounts");
        var npi = Api.NewNpi();
        await accounts.ActivateProviderAsync(await accounts.RegisterProviderAsync(npi, lastName: "Okafor"));
        await Api.Eventually(
            async () => (await ItemsAsync(_api, $"/api/prescriptions/prescribers?search={npi}")).Any(p => p.Text("npi") == npi && p.Flag("isActive")),
            $"the prescription module knows prescriber {npi} as active");
        var sent = await _api.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));
        var prescriptionPath = $"/api/prescriptions/{(await sent.Content.ReadFromJsonAsync<JsonElement>()).Id("id")}";
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var fillId = (await (await pharmacist.PostAsJsonAsync($"{prescriptionPath}/verify", Signature(VerifyMeaning))).Content.ReadFromJsonAsync<JsonElement>()).Id("fillId");
        var batch = default(JsonElement);
        await Api.Eventually(
            async () =>
            {
                var fill = Assert.Single((await GetAsync(_api, prescriptionPath)).List("fills"));
                if (!fill.Has("batchId"))
                {
                    return false;
                }

                batch = await GetAsync(_api, $"/api/compounding/batches/{fill.Id("batchId")}");
                return true;
            },
            "compounding plans a batch serving the fill");
        var batchPath = $"/api/compounding/batches/{batch.Id("id")}";
        var fillsBefore = batch.List("fills").Count;
        var quantityBefore = batch.Number("quantity");

        var cancelling = await pharmacist.PostAsJsonAsync($"{prescriptionPath}/cancel", new { reason = "Prescriber stopped the therapy" });

        Assert.Equal(HttpStatusCode.NoContent, cancelling.StatusCode);
        var after = default(JsonElement);
        await Api.Eventually(
            async () =>
            {
                after = await GetAsync(_api, batchPath);
                return after.List("fills").All(fill => fill.Id("fillId") != fillId);
            },
            "compounding takes the cancelled fill off its batch");
        if (fillsBefore == 1)
        {
            Assert.Equal("Cancelled", after.Text("status"));
            Assert.Contains("Prescriber stopped the therapy", after.Text("cancellationReason"));
        }
        else
        {
            Assert.Equal("Planned", after.Text("status"));
            Assert.Equal(quantityBefore - Quantity, after.Number("quantity"));
        }

        await Api.Eventually(
            async () => (await ItemsAsync(_api, $"/api/reporting/rx-turnaround?formula={Formula}&pageSize=100"))
                .Any(row => row.Id("fillId") == fillId && row.Text("stage") == "Cancelled" && row.Has("cancelledAt")),
            "the turnaround report shows the fill as cancelled");
    }

    private static object Signature(string meaning) => new { password = PharmacyApp.Password, meaning };

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<IReadOnlyList<JsonElement>> GetListAsync(HttpClient client, string path) => (await GetAsync(client, path)).EnumerateArray().ToList();

    private static async Task<IReadOnlyList<JsonElement>> ItemsAsync(HttpClient client, string path) => (await GetAsync(client, path)).List("items");
}

/// <summary>Reads the API's camelCase JSON the way the assertions need it.</summary>
file static class JsonReading
{
    public static bool Has(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static Guid Id(this JsonElement element, string name) => element.GetProperty(name).GetGuid();

    public static decimal Number(this JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    public static bool Flag(this JsonElement element, string name) => element.GetProperty(name).GetBoolean();

    public static DateTimeOffset Time(this JsonElement element, string name) => element.GetProperty(name).GetDateTimeOffset();

    public static DateOnly Day(this JsonElement element, string name) => DateOnly.Parse(element.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<JsonElement> List(this JsonElement element, string name) => element.GetProperty(name).EnumerateArray().ToList();
}

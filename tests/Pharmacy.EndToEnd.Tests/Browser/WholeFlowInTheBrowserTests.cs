using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Pharmacy.EndToEnd.Tests.Browser;

/// <summary>The browser host with the demo catalog (formulas, inventory lots, prices, active prescribers).</summary>
public sealed class FlowBrowserApp : BrowserApp
{
    protected override bool SeedDemoData => true;
}

/// <summary>
/// The main flow through the staff pages, as the people who do each step would click it: a received prescription is
/// verified, compounded and checked, released by quality, handed out and paid. Only the prescription itself arrives
/// over the API, as a clinic's system sends it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WholeFlowInTheBrowserTests : IClassFixture<FlowBrowserApp>
{
    private const string Formula = "LDN-4.5-CAP";

    /// <summary>Elena Marsh, MD: an active prescriber of the demo data.</summary>
    private const string DemoPrescriberNpi = "1234567893";

    private const string VerifyMeaning = "Verified: prescriber, patient, formula, strength, quantity and directions reviewed against the order";
    private const string CheckMeaning = "Checked: weights and lots verified against the worksheet";
    private const string ReleaseMeaning = "Released: batch record, lots and QC results reviewed; the batch meets its specifications";

    private readonly FlowBrowserApp _app;

    public WholeFlowInTheBrowserTests(FlowBrowserApp app) => _app = app;

    [Fact]
    public async Task A_prescription_is_verified_compounded_checked_released_picked_up_and_paid_through_the_staff_pages()
    {
        // The test host seeds the demo catalog but not the demo staff's morning work (Demo:Work is off), so nothing else
        // touches the batch this prescription joins.
        var pharmacist = await _app.SignedInPageAsync("pharmacist");

        // 1. The clinic's system sends the prescription.
        var sent = await _app.ApiClient().PostAsJsonAsync("/api/prescriptions", Api.Prescription(DemoPrescriberNpi));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var rxNumber = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rxNumber").GetInt64()
            .ToString(CultureInfo.InvariantCulture);

        // 2. The pharmacist finds it among those needing verification, and verifies it with a signature.
        await pharmacist.ClickAsync("nav.sidenav >> text=Prescription queue");
        await pharmacist.GetByRole(AriaRole.Link, new() { Name = "Needs verification" }).ClickAsync();
        await Expect(pharmacist).ToHaveURLAsync(QueryHas("status=Received"));
        await SearchAsync(pharmacist, "Search prescriptions", rxNumber);
        await pharmacist.Locator("#prescriptions").GetByRole(AriaRole.Link, new() { Name = rxNumber, Exact = true }).ClickAsync();
        await Expect(pharmacist.Locator("h1")).ToHaveTextAsync($"Rx {rxNumber}");
        await Expect(Heading(pharmacist, "Prescription")).ToContainTextAsync("Received");

        await pharmacist.GetByLabel("Meaning of your signature").SelectOptionAsync(VerifyMeaning);
        await pharmacist.GetByLabel("Your password").FillAsync(PharmacyApp.Password);
        await pharmacist.GetByRole(AriaRole.Button, new() { Name = "Sign and verify" }).ClickAsync();
        await Expect(pharmacist.Locator(".alert-good")).ToContainTextAsync("The prescription is verified with your signature.");
        // Compounding may already have planned the fill's batch, which puts the prescription in production.
        await Expect(Heading(pharmacist, "Prescription")).ToContainTextAsync(VerifiedOrInProduction());
        await Expect(pharmacist.Locator("#history")).ToContainTextAsync(VerifyMeaning);
        await Expect(pharmacist.Locator("#history")).ToContainTextAsync($"Signed by Dana Whitfield, PharmD: {VerifyMeaning}");

        // 3. Compounding plans a batch for the fill, moments later; the technician starts it, which reserves the lots.
        var technician = await _app.SignedInPageAsync("technician");
        await technician.ClickAsync("nav.sidenav >> text=Batch queue");
        await SearchAsync(technician, "Search batches", Formula);
        var batches = technician.Locator("#batches");
        await ReloadUntilAsync(technician, batches.Locator("tbody"), "Planned");
        await batches.Locator("tbody tr", new() { HasText = "Planned" }).First.GetByRole(AriaRole.Link).ClickAsync();
        // A fill joins the formula's planned batch, if there is one: reload until the batch lists this prescription's fill.
        await ReloadUntilAsync(technician, technician.Locator(".facts").First, $"Rx {rxNumber} fill");
        var batchNumber = (await technician.Locator("h1").InnerTextAsync()).Replace("Batch ", "", StringComparison.Ordinal).Trim();
        await Expect(Heading(technician, "Compounding record")).ToContainTextAsync("Planned");

        await technician.GetByRole(AriaRole.Button, new() { Name = "Reserve lots and start" }).ClickAsync();
        await Expect(technician.Locator(".alert-good")).ToContainTextAsync("The lots are reserved and the batch is in progress.");
        await Expect(Heading(technician, "Compounding record")).ToContainTextAsync("In progress");
        await Expect(technician.Locator("#lots")).Not.ToContainTextAsync("Lots are reserved when the batch starts.");

        // The technician weighs exactly what the record asks for, on a balance, and the batch yields what was planned.
        var ingredients = technician.Locator("#record tbody tr");
        var ingredientCount = await ingredients.CountAsync();
        Assert.True(ingredientCount > 0, "the batch's record lists no ingredient to weigh");
        for (var i = 0; i < ingredientCount; i++)
        {
            var row = ingredients.Nth(i);
            var theoretical = (await row.Locator("td").Nth(1).InnerTextAsync()).Trim().Split(' ')[0];
            await row.GetByRole(AriaRole.Spinbutton).FillAsync(theoretical);
            var balanceId = row.GetByRole(AriaRole.Textbox);
            if (await balanceId.GetAttributeAsync("placeholder") == "Balance id")
            {
                await balanceId.FillAsync("BAL-02");
            }
        }

        var yieldLabel = await technician.Locator("label[for=actual-yield]").InnerTextAsync();
        await technician.GetByLabel(ActualYieldLabel()).FillAsync(TheoreticalYield().Match(yieldLabel).Groups[1].Value);
        await technician.GetByRole(AriaRole.Button, new() { Name = "Record compounding" }).ClickAsync();
        await Expect(technician.Locator(".alert-good")).ToContainTextAsync("The compounding record is complete.");
        await Expect(Heading(technician, "Compounding record")).ToContainTextAsync("Compounded");
        await Expect(technician.Locator("#ingredients")).Not.ToContainTextAsync("Outside");
        await Expect(technician.Locator("#yield")).Not.ToContainTextAsync("Outside");

        // A pharmacist who did not prepare the batch checks it with a signature: the beyond-use date is assigned.
        var checker = await _app.SignedInPageAsync("pharmacist2");
        await checker.ClickAsync("nav.sidenav >> text=Batch queue");
        await SearchAsync(checker, "Search batches", batchNumber);
        await checker.Locator("#batches").GetByRole(AriaRole.Link, new() { Name = batchNumber, Exact = true }).ClickAsync();
        await checker.GetByLabel("Meaning of your signature").SelectOptionAsync(CheckMeaning);
        await checker.GetByLabel("Your password").FillAsync(PharmacyApp.Password);
        await checker.GetByRole(AriaRole.Button, new() { Name = "Sign and check" }).ClickAsync();
        await Expect(checker.Locator(".alert-good")).ToContainTextAsync("The batch is checked and its beyond-use date assigned.");
        await Expect(Heading(checker, "Compounding record")).ToContainTextAsync("Checked");
        await Expect(checker.Locator("#bud")).ToContainTextAsync(UseBefore());
        await Expect(checker.Locator("#history")).ToContainTextAsync($"Ravi Menon, PharmD: {CheckMeaning}");

        // 4. Quality opens a release task for the batch, moments later; QA records a passing result per check and releases it.
        var qa = await _app.SignedInPageAsync("qa");
        await qa.ClickAsync("nav.sidenav >> text=Batch release");
        await SearchAsync(qa, "Search release tasks", batchNumber);
        var tasks = qa.Locator("#release-tasks");
        await ReloadUntilAsync(qa, tasks, batchNumber);
        await tasks.GetByRole(AriaRole.Link, new() { Name = batchNumber, Exact = true }).ClickAsync();
        await Expect(Heading(qa, "Batch")).ToContainTextAsync("Open");
        await Expect(qa.Locator("#release-blockers")).ToBeVisibleAsync();

        var checks = qa.Locator("#qc-results tbody tr");
        var checkCount = await checks.CountAsync();
        Assert.True(checkCount > 0, "the release task lists no QC check");
        for (var i = 0; i < checkCount; i++)
        {
            var row = checks.Nth(i);
            var check = (await row.Locator("td").First.InnerTextAsync()).Trim();
            var result = qa.GetByLabel($"{check} result", new() { Exact = true });
            var lowest = await result.GetAttributeAsync("data-lowest");
            var highest = await result.GetAttributeAsync("data-highest");
            if (!string.IsNullOrEmpty(lowest) && !string.IsNullOrEmpty(highest))
            {
                // A measured check (potency in mg per capsule, pH) is judged from a number in its own unit against its limits.
                var middle = (decimal.Parse(lowest, CultureInfo.InvariantCulture) + decimal.Parse(highest, CultureInfo.InvariantCulture)) / 2;
                await result.FillAsync(middle.ToString("0.####", CultureInfo.InvariantCulture));
            }
            else
            {
                await result.FillAsync("Conforms to specification");
                await qa.GetByLabel($"{check} outcome", new() { Exact = true }).SelectOptionAsync("Pass");
            }

            await row.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
            await Expect(qa.Locator(".alert-good")).ToContainTextAsync($"The {check} result is recorded.");
            await Expect(checks.Nth(i).Locator("td").Nth(3)).ToHaveTextAsync("Pass");
        }

        await Expect(qa.Locator("#release-blockers")).ToHaveCountAsync(0);
        var release = qa.Locator("#release-form");
        await release.GetByLabel("Meaning of your signature").SelectOptionAsync(ReleaseMeaning);
        await release.GetByLabel("Your password").FillAsync(PharmacyApp.Password);
        await release.GetByRole(AriaRole.Button, new() { Name = "Sign and release batch" }).ClickAsync();
        await Expect(qa.Locator(".alert-good")).ToContainTextAsync("The batch is released and signed.");
        await Expect(Heading(qa, "Batch")).ToContainTextAsync("Released");
        await Expect(qa.Locator("#history")).ToContainTextAsync($"Priya Natarajan, QA: {ReleaseMeaning}");

        // 5. The fill is ready to dispense, moments later; the technician hands it to the patient.
        await technician.ClickAsync("nav.sidenav >> text=Prescription queue");
        await technician.GetByRole(AriaRole.Link, new() { Name = "Ready to dispense" }).ClickAsync();
        await Expect(technician).ToHaveURLAsync(QueryHas("status=ReadyToDispense"));
        await SearchAsync(technician, "Search prescriptions", rxNumber);
        var ready = technician.Locator("#prescriptions");
        await ReloadUntilAsync(technician, ready, rxNumber);
        await ready.GetByRole(AriaRole.Link, new() { Name = rxNumber, Exact = true }).ClickAsync();
        await Expect(Heading(technician, "Prescription")).ToContainTextAsync("Ready to dispense");
        await Expect(technician.Locator("#fills")).ToContainTextAsync(batchNumber);

        // The pharmacist's final check comes first, signed; the technician then records who collected it and counselling.
        await Expect(technician.Locator("#awaiting-final-check")).ToBeVisibleAsync();
        await pharmacist.GotoAsync(technician.Url);
        await pharmacist.GetByLabel("Meaning of your signature").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await pharmacist.GetByLabel("Your password").FillAsync(PharmacyApp.Password);
        await pharmacist.GetByRole(AriaRole.Button, new() { Name = "Sign the final check" }).ClickAsync();
        await Expect(pharmacist.Locator(".alert-good")).ToContainTextAsync("The final check is signed.");
        await technician.ReloadAsync();
        await technician.GetByLabel("Collected by").FillAsync("The patient");
        await technician.GetByLabel("Relationship").SelectOptionAsync("Self");
        await technician.GetByLabel("Counselling").SelectOptionAsync("Declined");
        await technician.GetByRole(AriaRole.Button, new() { Name = "Picked up", Exact = true }).ClickAsync();
        await Expect(technician.Locator(".alert-good")).ToContainTextAsync("The fill is recorded as picked up.");
        await Expect(Heading(technician, "Prescription")).ToContainTextAsync("Dispensed");
        await Expect(technician.Locator("#fills")).ToContainTextAsync("Picked up");

        await technician.Locator("#fills").GetByRole(AriaRole.Link, new() { Name = "Label" }).ClickAsync();
        await Expect(technician.Locator("#label")).ToContainTextAsync($"Rx {rxNumber}");
        await Expect(technician.Locator("#label")).ToContainTextAsync(batchNumber);

        // 6. Billing charges the fill, moments later, and takes the patient's cash for the whole balance.
        var billing = await _app.SignedInPageAsync("billing");
        await billing.ClickAsync("nav.sidenav >> text=Charges");
        await SearchAsync(billing, "Search charges", rxNumber);
        var charges = billing.Locator("#charges");
        await ReloadUntilAsync(billing, charges, rxNumber);
        await charges.GetByRole(AriaRole.Link, new() { Name = rxNumber, Exact = true }).ClickAsync();
        await Expect(Heading(billing, "Charge")).ToContainTextAsync("Open");

        var balance = (await billing.Locator("#balance").InnerTextAsync()).Trim().TrimStart('$').Replace(",", "", StringComparison.Ordinal);
        Assert.True(decimal.Parse(balance, CultureInfo.InvariantCulture) > 0m, $"the charge for Rx {rxNumber} has a balance of {balance}");
        await billing.GetByLabel("Amount (USD)").FillAsync(balance);
        await billing.GetByLabel("Method").SelectOptionAsync("Cash");
        await billing.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(Heading(billing, "Charge")).ToContainTextAsync("Paid");
        await Expect(billing.Locator("#balance")).ToHaveTextAsync("$0.00");
        await Expect(billing.Locator("#payments")).ToContainTextAsync("Cash");
        await Expect(billing.Locator("#payments")).ToContainTextAsync("Sam Ortega, Billing");

        foreach (var page in new[] { pharmacist, technician, checker, qa, billing })
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A card's heading ("Prescription", "Compounding record", "Batch", "Charge"), which carries the record's status badge.</summary>
    private static ILocator Heading(IPage page, string title) =>
        page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new Regex($"^{Regex.Escape(title)}\\b") });

    private static async Task SearchAsync(IPage page, string box, string text)
    {
        await page.GetByLabel(box).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(QueryHas($"search={Uri.EscapeDataString(text)}"));
    }

    /// <summary>The page's address once a search or a filter has been applied (the form is sent with GET).</summary>
    private static Regex QueryHas(string parameter) => new($"[?&]{Regex.Escape(parameter)}(&|$)");

    /// <summary>Another module learns of the step through its inbox, moments later: reload until the page shows it.</summary>
    private static async Task ReloadUntilAsync(IPage page, ILocator locator, string text)
    {
        for (var attempt = 0; attempt < 60 && !(await locator.InnerTextAsync()).Contains(text, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Expect(locator).ToContainTextAsync(text);
    }

    [GeneratedRegex("Verified|In production")]
    private static partial Regex VerifiedOrInProduction();

    [GeneratedRegex(@"Use before\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial Regex UseBefore();

    [GeneratedRegex("^Actual yield")]
    private static partial Regex ActualYieldLabel();

    [GeneratedRegex(@"theoretical ([0-9.]+)")]
    private static partial Regex TheoreticalYield();
}

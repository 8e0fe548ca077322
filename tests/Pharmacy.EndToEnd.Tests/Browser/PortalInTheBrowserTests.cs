using System.Net.Http.Json;
using Microsoft.Playwright;
using Pharmacy.EndToEnd.Tests.Portal;
using static Microsoft.Playwright.Assertions;

namespace Pharmacy.EndToEnd.Tests.Browser;

/// <summary>
/// A clinic's prescriber on a phone: orders, then watches the order move at the pharmacy without reloading, answers its
/// question, and exchanges a message on the order with a pharmacist.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalInTheBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Question = "Confirm 4.5 mg at bedtime, not twice daily?";

    [Fact]
    public async Task On_a_phone_a_clinic_orders_sees_the_pharmacys_question_arrive_without_reloading_answers_it_and_exchanges_a_message()
    {
        var clinic = await app.ClinicAsync("Bayview Clinic");
        var page = await app.SignedInPageAsync(clinic.UserName);
        await page.SetViewportSizeAsync(390, 844);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Portal$"));

        await page.ClickAsync("#new-order");
        await page.Locator("#Input_PrescriberId").SelectOptionAsync(clinic.ProviderId.ToString());
        await page.Locator("#Input_PatientFirstName").FillAsync("Maria");
        await page.Locator("#Input_PatientLastName").FillAsync("Alvarez");
        await page.Locator("#Input_PatientDateOfBirth").FillAsync("1971-04-12");
        await page.Locator("#Input_PatientSex").SelectOptionAsync("Female");
        await page.Locator("#Input_PatientState").SelectOptionAsync("TX");
        await page.Locator("#Input_ShipToLine").FillAsync("1201 Barton Springs Rd");
        await page.Locator("#Input_ShipToCity").FillAsync("Austin");
        await page.Locator("#Input_ShipToState").FillAsync("TX");
        await page.Locator("#Input_ShipToZip").FillAsync("78704");
        await page.Locator("#Input_FormulaCode").SelectOptionAsync("LDN-4.5-CAP");
        await page.Locator("#Input_Quantity").FillAsync("30");
        await page.Locator("#Input_DoseAmount").FillAsync("1");
        await page.Locator("#Input_DoseUnit").SelectOptionAsync("capsule");
        // Incomplete directions are refused on their field, before anything is sent.
        await page.Locator("#Input_Frequency").SelectOptionAsync("bedtime");
        await page.Locator("#Input_DaysSupply").FillAsync("30");
        await page.Locator("#Input_Refills").FillAsync("2");
        await page.ClickAsync("#place-order");
        await Expect(page.Locator("[data-valmsg-for='Input.Route']")).ToHaveTextAsync("Choose the route.");
        Assert.True(await FitsTheScreenAsync(page), "the order form is wider than a phone");

        await page.Locator("#Input_Route").SelectOptionAsync("oral");
        await page.ClickAsync("#place-order");
        await Expect(page.Locator("#order-directions")).ToHaveTextAsync("Take 1 capsule by mouth once daily at bedtime");
        await Expect(page.Locator("#order-status-text")).ToHaveTextAsync("Received");
        Assert.True(await FitsTheScreenAsync(page), "the order page is wider than a phone");

        // The pharmacy asks; the open page shows it without being reloaded (a marker on the page would not survive a reload).
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var orderId = Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        var prescriptionId = await app.PrescriptionOfAsync(orderId);
        (await app.ApiClient().PostAsJsonAsync($"/api/prescriptions/{prescriptionId}/clarification", new { question = Question })).EnsureSuccessStatusCode();
        await Expect(page.Locator("#order-question")).ToHaveTextAsync(Question);
        await Expect(page.Locator("#order-status-text")).ToHaveTextAsync("Question from the pharmacy");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page was reloaded to show the question");

        await page.Locator("#Answer").FillAsync("Yes: 4.5 mg once daily at bedtime.");
        await page.ClickAsync("#send-answer");
        await Expect(page.Locator(".alert-good")).ToContainTextAsync("Your answer is sent to the pharmacy.");

        // The answer reaches the prescription, which returns to verification; the page follows by itself.
        await Expect(page.Locator("#order-answer")).ToHaveTextAsync("Yes: 4.5 mg once daily at bedtime.");
        await Expect(page.Locator("#order-status-text")).ToHaveTextAsync("Received");
        var prescription = await app.ApiClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/prescriptions/{prescriptionId}");
        Assert.Equal("Yes: 4.5 mg once daily at bedtime.", prescription.GetProperty("clarification").GetProperty("answer").GetString());

        // The clinic writes on the order; a pharmacist finds it unread in the inbox, answers, and the clinic's open page shows the reply.
        await page.Locator("#Body").FillAsync("The patient travels on Friday: can it ship by Thursday?");
        await page.ClickAsync("#send-message");
        await Expect(page.Locator(".alert-good")).ToContainTextAsync("Your message is sent to the pharmacy.");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var pharmacist = await app.SignedInPageAsync("pharmacist");
        await Expect(pharmacist.Locator("[data-queue='Unread clinic messages'] .value")).Not.ToHaveTextAsync("0");
        await pharmacist.GotoAsync("/Portal/Inbox");
        await pharmacist.Locator("#inbox a", new() { HasTextString = "Order" }).First.ClickAsync();
        await Expect(pharmacist.Locator("#messages")).ToContainTextAsync("can it ship by Thursday?");
        await pharmacist.Locator("#Body").FillAsync("Yes, it ships on Wednesday with cold packs.");
        await pharmacist.ClickAsync("#send-message");
        await Expect(pharmacist.Locator(".alert-good")).ToContainTextAsync("Your reply is sent");
        await Expect(page.Locator("#messages")).ToContainTextAsync("Yes, it ships on Wednesday with cold packs.");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page was reloaded to show the reply");
        Assert.True(await FitsTheScreenAsync(page), "the order page with its messages is wider than a phone");

        await page.GotoAsync("/Portal");
        await Expect(page.Locator("#orders")).ToContainTextAsync("Maria Alvarez");
        Assert.True(await FitsTheScreenAsync(page), "the orders list is wider than a phone");
    }

    /// <summary>
    /// Nothing sticks out sideways: the page is no wider than the viewport (tables scroll inside their box). Measured
    /// once the page has loaded with its stylesheet, not while a posted form's answer is still being laid out.
    /// </summary>
    private static async Task<bool> FitsTheScreenAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        return await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
    }
}

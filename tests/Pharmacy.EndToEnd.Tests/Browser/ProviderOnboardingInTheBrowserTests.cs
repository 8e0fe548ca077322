using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pharmacy.EndToEnd.Tests.Browser;

/// <summary>The staff pages in a real browser: sign in, forms, validation, navigation by role.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProviderOnboardingInTheBrowserTests : IClassFixture<BrowserApp>
{
    private readonly BrowserApp _app;

    public ProviderOnboardingInTheBrowserTests(BrowserApp app) => _app = app;

    [Fact]
    public async Task An_account_manager_onboards_a_provider_with_licence_DEA_an_uploaded_licence_copy_and_checklist_to_active_whom_a_pharmacist_then_finds_among_the_prescribers()
    {
        var accounts = await _app.SignedInPageAsync("accounts");
        await accounts.ClickAsync("nav.sidenav >> text=Register a provider");

        await accounts.GetByLabel("NPI").FillAsync("1234567890");
        await accounts.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(accounts.Locator(".field-validation-error").First).ToContainTextAsync("check digit");

        await accounts.GetByLabel("NPI").FillAsync("1245319599");
        await accounts.GetByLabel("First name").FillAsync("Helena");
        await accounts.GetByLabel("Last name").FillAsync("Marsh");
        await accounts.GetByLabel("Credential").SelectOptionAsync("NP");
        await accounts.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(accounts.Locator("h1")).ToHaveTextAsync("Helena Marsh, NP");
        await Expect(accounts.Locator(".badge").First).ToHaveTextAsync("Onboarding");

        // Activation waits for the checklist, and says what is missing.
        await accounts.ClickAsync("#activate");
        await Expect(accounts.Locator(".alert-stopped"))
            .ToContainTextAsync("Still to tick: Licence verified, DEA verified, Agreement signed, W-9 on file, Portal users invited.");

        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd");
        await accounts.Locator("#Licence_State").SelectOptionAsync("TX");
        await accounts.Locator("#Licence_Number").FillAsync("TX-R88214");
        await accounts.Locator("#Licence_ExpiresOn").FillAsync(expiresOn);
        await accounts.ClickAsync("#record-licence");
        await Expect(accounts.Locator("#licences")).ToContainTextAsync("TX-R88214");

        // A DEA number whose check digit is wrong is refused on its field.
        await accounts.Locator("#Dea_Number").FillAsync("BM3141595");
        await accounts.Locator("input[name='Dea.Schedules'][value='3']").CheckAsync();
        await accounts.Locator("#Dea_ExpiresOn").FillAsync(expiresOn);
        await accounts.ClickAsync("#record-dea");
        await Expect(accounts.Locator("#dea .field-validation-error").First).ToContainTextAsync("check digit");
        await accounts.Locator("#Dea_Number").FillAsync("BM3141594");
        await accounts.Locator("input[name='Dea.Schedules'][value='3']").CheckAsync();
        await accounts.Locator("input[name='Dea.Schedules'][value='4']").CheckAsync();
        await accounts.ClickAsync("#record-dea");
        await Expect(accounts.Locator("#dea")).ToContainTextAsync("BM3141594");

        await accounts.Locator("#Upload_Kind").SelectOptionAsync("LicenceCopy");
        await accounts.Locator("#upload-file").SetInputFilesAsync(new FilePayload
        {
            Name = "licence-marsh.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 Texas Board of Nursing licence TX-R88214"u8.ToArray(),
        });
        await accounts.ClickAsync("#upload-document");
        await Expect(accounts.Locator("#documents")).ToContainTextAsync("licence-marsh.pdf");
        await accounts.Locator("#document-for-LicenceVerified").SelectOptionAsync(new SelectOptionValue { Label = "Licence copy: licence-marsh.pdf" });

        foreach (var item in new[] { "LicenceVerified", "DeaVerified", "AgreementSigned", "W9OnFile", "PortalUsersInvited" })
        {
            await accounts.ClickAsync($"#tick-{item}");
            await Expect(accounts.Locator(".alert-good")).ToContainTextAsync("The checklist item is ticked.");
        }

        await Expect(accounts.Locator("#checklist")).ToContainTextAsync("Complete: every item is ticked.");
        await Expect(accounts.Locator("#checklist a")).ToHaveTextAsync("licence-marsh.pdf");
        await Expect(accounts.Locator("#checklist")).ToContainTextAsync("Morgan Blake, Account Manager");
        await accounts.ClickAsync("#activate");
        await Expect(accounts.Locator(".alert-good")).ToContainTextAsync("The provider is active.");
        await Expect(accounts.Locator(".badge").First).ToHaveTextAsync("Active");
        await Expect(accounts.Locator("table.history")).ToContainTextAsync("Activate provider");
        await Expect(accounts.Locator("table.history")).ToContainTextAsync("Tick onboarding item");

        var pharmacist = await _app.SignedInPageAsync("pharmacist");
        await pharmacist.ClickAsync("nav.sidenav >> text=Prescribers");
        // The prescription module learns of the activation through its inbox, moments later: reload until it shows.
        await ReloadUntilAsync(pharmacist, "#prescribers", "Helena Marsh, NP");
        await Expect(pharmacist.Locator("nav.sidenav")).Not.ToContainTextAsync("API keys");
    }

    private static async Task ReloadUntilAsync(IPage page, string selector, string text)
    {
        for (var attempt = 0; attempt < 40 && !(await page.Locator(selector).InnerTextAsync()).Contains(text, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Expect(page.Locator(selector)).ToContainTextAsync(text);
    }
}

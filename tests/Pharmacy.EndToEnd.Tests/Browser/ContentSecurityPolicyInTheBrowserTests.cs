using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pharmacy.EndToEnd.Tests.Browser;

/// <summary>A real browser enforces the Content-Security-Policy: the main pages and the API reference break none of it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyInTheBrowserTests : IClassFixture<FlowBrowserApp>
{
    private static readonly string[] MainPages =
    [
        "/", "/ProviderCrm/Providers", "/Prescriptions/Queue", "/Compounding/Batches", "/Compounding/Formulas", "/Inventory/Items",
        "/Quality/ReleaseTasks", "/Billing/Charges", "/Billing/Prices", "/Reporting/RxTurnaround", "/Admin/ApiKeys", "/Admin/Messaging",
    ];

    private readonly FlowBrowserApp _app;

    public ContentSecurityPolicyInTheBrowserTests(FlowBrowserApp app) => _app = app;

    [Fact]
    public async Task The_main_pages_and_the_API_reference_break_no_rule_of_the_policy()
    {
        var page = await _app.SignedInPageAsync("admin");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in MainPages)
        {
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // The shared stylesheet applied: the top bar is laid out as a row, not as the browser would by default.
            await Expect(page.Locator("header.topbar")).ToHaveCSSAsync("display", "flex", new() { Timeout = 60_000 });
        }

        await page.GotoAsync("/api-reference/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // Scalar fetches and renders the document after loading: patient on a loaded machine.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Compounding Pharmacy API" })).ToBeVisibleAsync(new() { Timeout = 60_000 });

        Assert.Empty(violations);
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests.Browser;

/// <summary>Browser tests run one at a time: each starts a host and a Chromium of its own.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}

/// <summary>
/// The host on a real port (a browser cannot reach the in-memory test server) and a headless Chromium from the
/// machine's packages (Playwright's own browser download is not available here). scripts/test.sh installs Chromium.
/// </summary>
public class BrowserApp : PharmacyApp, IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        // The page-level timeout below does not reach Expect(...) assertions (5 seconds by default): on a loaded two-core
        // machine a page that follows the pharmacy by polling needs the same patience.
        Assertions.SetDefaultExpectTimeout(60_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PHARMACY_CHROMIUM") ?? DefaultChromium,
            Headless = true,
            // The machine has no network beyond package registries: keep Chromium from reaching for it.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context signed in as a demo user.</summary>
    public async Task<IPage> SignedInPageAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        // A loaded two-core machine (the other test projects run beside these) is slow; patience, not wall-clock checks.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#signed-in-user")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return page;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

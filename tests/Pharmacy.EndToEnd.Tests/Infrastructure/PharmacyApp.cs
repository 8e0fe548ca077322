using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>The whole host, in memory, on its own fresh folder of SQLite files.</summary>
public class PharmacyApp : WebApplicationFactory<Program>
{
    /// <summary>A fresh folder unless set, e.g. to one a backup was restored into.</summary>
    public string DataFolder { get; init; } = Path.Combine(Path.GetTempPath(), "pharmacy-e2e", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Serve the shared UI kit's stylesheet as Development does, so the browser tests see the real pages.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:SqliteDirectory", DataFolder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Messaging:FirstRetryDelay", "00:00:00.100");
        builder.UseSetting("Demo:Users", "true");
        builder.UseSetting("Demo:Data", SeedDemoData ? "true" : "false");
        // Prescriptions may only name approved formulas: every test host has the catalog, only some the demo work.
        builder.UseSetting("Demo:Catalog", "true");
        builder.UseSetting("Demo:Work", RunDemoWork ? "true" : "false");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Demo:ApiKey", ApiKey);
        // Tests send thousands of requests with one key and sign in again and again from one address: the limits
        // stay out of their way. The rate-limit tests use their own host with low limits (SignInLimitsApp).
        builder.UseSetting("RateLimits:SignInPerAddress:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:SignInPerUserName:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:ApiKey:TokenLimit", "1000000");
        builder.UseSetting("RateLimits:ApiKey:TokensPerPeriod", "1000000");
    }

    /// <summary>
    /// Starts the host and waits until Prescriptions has learned the catalog's approved formulas from Compounding's
    /// events, so that a test's first prescription does not race the outbox relay.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!WaitsForTheCatalogsFormulas)
        {
            return host;
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using (var scope = host.Services.CreateScope())
            {
                if (scope.ServiceProvider.GetRequiredService<PrescriptionsDbContext>().Formulas.Any())
                {
                    return host;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Prescriptions did not learn the catalog's formulas within 60 s of start.");
            }

            Thread.Sleep(25);
        }
    }

    public const string Password = "Test-Password-2026!";
    public const string ApiKey = "pk_test_key_with_every_scope";

    /// <summary>The demo catalog (formulas, items, lots, prices...) for tests that walk the whole flow.</summary>
    protected virtual bool SeedDemoData => false;

    /// <summary>The demo staff's morning of work after start (batches, release tasks, charges), for tests that need every queue.</summary>
    protected virtual bool RunDemoWork => false;

    /// <summary>Only a host with both Compounding and Prescriptions can pass the formulas from one to the other.</summary>
    protected virtual bool WaitsForTheCatalogsFormulas => true;

    /// <summary>An external system's client, with the demo key that has every scope.</summary>
    public HttpClient ApiClient(string? key = ApiKey)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    /// <summary>A browser-like client signed in as one of the demo users (admin, pharmacist, technician, qa, billing, accounts, portal).</summary>
    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Password,
        });
        // Each person lands on their own work: staff on the dashboard, a clinic's portal user on the portal.
        Assert.True(response.RequestMessage!.RequestUri!.AbsolutePath is "/" or "/Portal", $"{userName} could not sign in");
        return client;
    }

    public T Service<T>(Func<IServiceProvider, T> get)
    {
        using var scope = Services.CreateScope();
        return get(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS; nothing depends on it.
        }
    }
}

/// <summary>Providers and prescriptions as an external system or the CRM would send them.</summary>
public static class Api
{
    private static int _npiSeed = 100_000_000;

    /// <summary>A fresh NPI with a valid check digit (Luhn over "80840" and the first nine digits).</summary>
    public static string NewNpi()
    {
        var body = Interlocked.Increment(ref _npiSeed).ToString("D9");
        var digits = "80840" + body;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return body + ((10 - (sum % 10)) % 10);
    }

    public static async Task<Guid> RegisterProviderAsync(this HttpClient client, string npi, string lastName = "Okafor")
    {
        var response = await client.PostAsJsonAsync("/api/crm/providers", new
        {
            npi, firstName = "Chidi", lastName, credential = "MD", email = "c.okafor@example-clinic.org",
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<IdResponse>();
        return body!.Id;
    }

    /// <summary>Onboards the provider (every checklist item ticked, the items that need a record with one) and activates them.</summary>
    public static async Task ActivateProviderAsync(this HttpClient client, Guid providerId)
    {
        await client.OnboardProviderAsync(providerId);
        (await client.PostAsync($"/api/crm/providers/{providerId}/activate", null)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Records a Texas licence (the state of <see cref="Prescription"/>'s patient) and a DEA registration for every schedule,
    /// then ticks every item of the onboarding checklist.
    /// </summary>
    public static async Task OnboardProviderAsync(this HttpClient client, Guid providerId)
    {
        var provider = await client.GetFromJsonAsync<JsonElement>($"/api/crm/providers/{providerId}");
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd");
        (await client.PostAsJsonAsync($"/api/crm/providers/{providerId}/licences", new { state = "TX", number = "TX-Q55501", expiresOn }))
            .EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/crm/providers/{providerId}/dea-registrations", new
        {
            number = DeaNumberFor(provider.GetProperty("lastName").GetString()!), schedules = new[] { "2", "2N", "3", "3N", "4", "5" }, expiresOn,
        })).EnsureSuccessStatusCode();
        foreach (var item in OnboardingItems)
        {
            (await client.PostAsJsonAsync($"/api/crm/providers/{providerId}/onboarding", new { item })).EnsureSuccessStatusCode();
        }
    }

    public static readonly string[] OnboardingItems = ["LicenceVerified", "DeaVerified", "AgreementSigned", "W9OnFile", "PortalUsersInvited"];

    /// <summary>A practitioner's DEA number for a last name: its check digit does not depend on the letters (AB1234563 is valid).</summary>
    public static string DeaNumberFor(string lastName) => $"B{char.ToUpperInvariant(lastName[0])}1234563";

    public static object Prescription(
        string npi, string? externalId = null, int refills = 2, string state = "TX", string formulaCode = "LDN-4.5-CAP", int quantity = 30) => new
    {
        externalId = externalId ?? Guid.NewGuid().ToString("N"),
        prescriberNpi = npi,
        patient = new { firstName = "Maria", lastName = "Alvarez", dateOfBirth = "1971-04-12", sex = "Female", state },
        formulaCode,
        quantity,
        directions = "Take one capsule by mouth at bedtime",
        daysSupply = 30,
        refills,
        writtenOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd"),
    };

    /// <summary>Polls until the condition holds; fails the test if it does not within the limit.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"Still not true after {seconds} s: {what}");
    }

    public sealed record IdResponse(Guid Id);
}

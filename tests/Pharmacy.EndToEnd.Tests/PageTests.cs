using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>The staff pages, driven as a browser drives them: forms, antiforgery tokens, redirects.</summary>
public sealed class PageTests : IClassFixture<PharmacyApp>
{
    private readonly PharmacyApp _app;

    public PageTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task The_register_form_shows_each_mistake_next_to_its_field_and_registers_nobody()
    {
        var accounts = await _app.SignedInAsync("accounts");

        var response = await accounts.SubmitAsync("/ProviderCrm/Providers/Register", new Dictionary<string, string>
        {
            ["Input.Npi"] = "1234567890",
            ["Input.FirstName"] = "",
            ["Input.LastName"] = "Nakamura",
            ["Input.Credential"] = "MD",
            ["Input.Email"] = "not-an-email",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("An NPI is 10 digits and its last digit must match the check digit.", page);
        Assert.Contains("Enter the first name.", page);
        Assert.Contains("Enter a valid email address.", page);
        Assert.Equal(0, await _app.InScopeAsync(sp => sp.GetRequiredService<ProviderCrmDbContext>().Providers.CountAsync(p => p.LastName == "Nakamura")));
    }

    [Fact]
    public async Task Staff_register_a_provider_activate_them_and_see_them_among_the_prescribers()
    {
        var npi = Api.NewNpi();
        var accounts = await _app.SignedInAsync("accounts");
        var pharmacist = await _app.SignedInAsync("pharmacist");

        var registered = await accounts.SubmitAsync("/ProviderCrm/Providers/Register", new Dictionary<string, string>
        {
            ["Input.Npi"] = npi,
            ["Input.FirstName"] = "Amara",
            ["Input.LastName"] = "Lindqvist",
            ["Input.Credential"] = "NP",
        });
        var detailsPath = registered.RequestMessage!.RequestUri!.AbsolutePath;
        var details = await registered.Content.ReadAsStringAsync();
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd");
        var tooEarly = await accounts.SubmitAsync(detailsPath, new Dictionary<string, string>(), handler: "Activate");
        var licence = await accounts.SubmitAsync(detailsPath, new Dictionary<string, string>
        {
            ["Licence.State"] = "TX", ["Licence.Number"] = "TX-AL2210", ["Licence.ExpiresOn"] = expiresOn,
        }, handler: "Licence");
        var wrongDea = await accounts.SubmitAsync(detailsPath, new Dictionary<string, string>
        {
            ["Dea.Number"] = "ML1234567", ["Dea.Schedules"] = "3", ["Dea.ExpiresOn"] = expiresOn,
        }, handler: "Dea");
        await accounts.SubmitAsync(detailsPath, new Dictionary<string, string>
        {
            ["Dea.Number"] = "ML1234563", ["Dea.Schedules"] = "3", ["Dea.ExpiresOn"] = expiresOn,
        }, handler: "Dea");
        foreach (var item in Api.OnboardingItems)
        {
            await accounts.SubmitAsync(detailsPath, new Dictionary<string, string> { ["item"] = item }, handler: "Tick");
        }

        var activated = await accounts.SubmitAsync(detailsPath, new Dictionary<string, string>(), handler: "Activate");

        Assert.StartsWith("/ProviderCrm/Providers/Details/", detailsPath);
        Assert.Contains("is registered and in onboarding", details);
        Assert.Contains("Still to tick: Licence verified, DEA verified, Agreement signed, W-9 on file, Portal users invited.",
            WebUtility.HtmlDecode(await tooEarly.Content.ReadAsStringAsync()));
        Assert.Contains("The licence in TX is recorded.", await licence.Content.ReadAsStringAsync());
        Assert.Contains("its last digit must match the check digit", await wrongDea.Content.ReadAsStringAsync());
        Assert.Contains("The provider is active.", await activated.Content.ReadAsStringAsync());
        await Api.Eventually(async () => (await pharmacist.GetStringAsync($"/Prescriptions/Prescribers?search={npi}")).Contains("Amara Lindqvist, NP"),
            "the prescriber list shows the new provider");
    }

    [Fact]
    public async Task A_hold_without_a_reason_is_refused_on_the_hold_form_and_leaves_the_cancel_form_alone()
    {
        var api = _app.ApiClient();
        var npi = Api.NewNpi();
        await api.ActivateProviderAsync(await api.RegisterProviderAsync(npi, lastName: "Holloway"));
        HttpResponseMessage sent = null!;
        // The prescription module learns of the activation moments later; until then the prescription is refused.
        await Api.Eventually(async () => (sent = await api.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi))).StatusCode == HttpStatusCode.Created,
            "the prescription of the newly active prescriber is received");
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var pharmacist = await _app.SignedInAsync("pharmacist");

        var refused = await pharmacist.SubmitAsync($"/Prescriptions/Details/{id}", new Dictionary<string, string> { ["Hold.Reason"] = "" }, handler: "Hold");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Hold.Reason\"[^>]*>Give the reason for the hold.</span>", page);
        Assert.Matches("data-valmsg-for=\"Cancel.Reason\"[^>]*></span>", page);
        Assert.DoesNotContain("id=\"hold-banner\"", page);
    }

    [Fact]
    public async Task The_provider_list_finds_a_provider_by_name()
    {
        var npi = Api.NewNpi();
        await _app.ApiClient().RegisterProviderAsync(npi, lastName: "Zubiri");
        var accounts = await _app.SignedInAsync("accounts");

        var found = await accounts.GetStringAsync("/ProviderCrm/Providers?search=Zubiri");
        var notFound = await accounts.GetStringAsync("/ProviderCrm/Providers?search=Nobody-by-this-name");

        Assert.Contains(npi, found);
        Assert.Contains("No provider matches", notFound);
    }

    [Fact]
    public async Task The_provider_list_pages_through_many_providers()
    {
        var api = _app.ApiClient();
        for (var i = 0; i < 27; i++)
        {
            await api.RegisterProviderAsync(Api.NewNpi(), lastName: $"Pagewright{i:D2}");
        }

        var accounts = await _app.SignedInAsync("accounts");
        var first = await accounts.GetStringAsync("/ProviderCrm/Providers?search=Pagewright");
        var second = await accounts.GetStringAsync("/ProviderCrm/Providers?search=Pagewright&pageNumber=2");

        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("Pagewright00", first);
        Assert.Contains("Page 2 of 2", second);
        Assert.Contains("Pagewright26", second);
        Assert.DoesNotContain("Pagewright00", second);
    }

    [Fact]
    public async Task An_administrator_sees_a_dead_letter_and_sends_it_again()
    {
        var providerId = Guid.NewGuid();
        var npi = Api.NewNpi();
        var messageId = await _app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProviderCrmDbContext>();
            var message = OutboxMessage.From(new ProviderActivated(providerId, npi, "Sven", "Olsen", "DO", DateTimeOffset.UtcNow));
            message.RecordFailure("Prescriptions database was unavailable", DateTimeOffset.UtcNow, maxAttempts: 1, backoff: TimeSpan.Zero);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.MessageId;
        });

        var admin = await _app.SignedInAsync("admin");
        var page = await admin.GetStringAsync("/Admin/Messaging");
        var retried = await admin.SubmitAsync("/Admin/Messaging", new Dictionary<string, string>
        {
            ["module"] = "crm",
            ["messageId"] = messageId.ToString(),
        }, handler: "Retry");

        Assert.Contains(messageId.ToString(), page);
        Assert.Contains("Prescriptions database was unavailable", page);
        Assert.Contains("is being sent again", await retried.Content.ReadAsStringAsync());
        await Api.Eventually(() => _app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescribers
            .AnyAsync(p => p.ProviderId == providerId && p.IsActive)), "the retried event reaches the prescription module");
    }
}

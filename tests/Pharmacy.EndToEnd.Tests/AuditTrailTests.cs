using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>Every change of a regulated record leaves an entry: who, when, which act, before and after; none can be altered.</summary>
public sealed class AuditTrailTests : IClassFixture<PharmacyApp>
{
    private readonly PharmacyApp _app;

    public AuditTrailTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task Registering_and_activating_a_provider_is_recorded_with_the_person_and_the_values_before_and_after()
    {
        var accounts = await _app.SignedInAsync("accounts");
        var npi = Api.NewNpi();
        var registered = await accounts.SubmitAsync("/ProviderCrm/Providers/Register", new Dictionary<string, string>
        {
            ["Input.Npi"] = npi, ["Input.FirstName"] = "Ines", ["Input.LastName"] = "Carvalho", ["Input.Credential"] = "DO",
        });
        var detailsPath = registered.RequestMessage!.RequestUri!.AbsolutePath;
        var providerId = detailsPath.Split('/')[^1];
        await accounts.OnboardProviderAsync(Guid.Parse(providerId));
        await accounts.SubmitAsync(detailsPath, new Dictionary<string, string>(), handler: "Activate");

        var entries = await _app.InScopeAsync(sp => sp.GetRequiredService<ProviderCrmDbContext>().AuditEntries
            .Where(e => e.RecordType == "Provider" && e.RecordId == providerId).OrderBy(e => e.Id).ToListAsync());
        var page = await accounts.GetStringAsync(detailsPath);

        Assert.Equal(["RegisterProvider", "ActivateProvider"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("Morgan Blake, Account Manager", e.UserName));
        Assert.Null(entries[0].Before);
        Assert.Equal(npi, JsonDocument.Parse(entries[0].After!).RootElement.GetProperty("Npi").GetString());
        Assert.Equal("Onboarding", JsonDocument.Parse(entries[1].Before!).RootElement.GetProperty("Status").GetString());
        Assert.Equal("Active", JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("Status").GetString());
        Assert.Contains("Activate provider", page);
        Assert.Contains("Morgan Blake, Account Manager", page);
    }

    [Fact]
    public async Task A_record_page_shows_who_acted_by_name_and_when_in_the_pharmacy_time_not_an_id_or_a_utc_timestamp()
    {
        var accounts = await _app.SignedInAsync("accounts");
        var registered = await accounts.SubmitAsync("/ProviderCrm/Providers/Register", new Dictionary<string, string>
        {
            ["Input.Npi"] = Api.NewNpi(), ["Input.FirstName"] = "Lena", ["Input.LastName"] = "Okafor", ["Input.Credential"] = "MD",
        });
        var detailsPath = registered.RequestMessage!.RequestUri!.AbsolutePath;
        var providerId = detailsPath.Split('/')[^1];

        var (entry, zone) = await _app.InScopeAsync(async sp => (
            await sp.GetRequiredService<ProviderCrmDbContext>().AuditEntries.SingleAsync(e => e.RecordType == "Provider" && e.RecordId == providerId),
            sp.GetRequiredService<PharmacyTimeZone>()));
        var history = (await accounts.GetStringAsync(detailsPath)).Split("id=\"history\"")[1];

        Assert.Contains(zone.Format(entry.OccurredAt), history);
        Assert.DoesNotContain(entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), history);
        Assert.Contains("Morgan Blake, Account Manager", history);
        Assert.DoesNotContain(entry.UserId, history);
        Assert.Contains("Register provider", history);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry()
    {
        await _app.ApiClient().RegisterProviderAsync(Api.NewNpi());

        var update = await Assert.ThrowsAnyAsync<Exception>(() => _app.InScopeAsync(sp =>
            sp.GetRequiredService<ProviderCrmDbContext>().AuditEntries.ExecuteUpdateAsync(set => set.SetProperty(e => e.UserName, "someone else"))));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => _app.InScopeAsync(sp =>
            sp.GetRequiredService<ProviderCrmDbContext>().AuditEntries.ExecuteDeleteAsync()));

        Assert.Contains("Audit entries cannot be changed or deleted", update.Message);
        Assert.Contains("Audit entries cannot be changed or deleted", delete.Message);
    }
}

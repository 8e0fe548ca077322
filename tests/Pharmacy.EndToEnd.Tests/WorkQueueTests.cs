using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>Each person's home page shows the queues of their own work with how many wait in each, and nothing they cannot act on.</summary>
public sealed partial class WorkQueueTests(PharmacyApp app) : IClassFixture<PharmacyApp>
{
    [Fact]
    public async Task A_technician_sees_the_prescriptions_to_verify_and_the_batches_to_compound_with_their_counts_and_no_delivery_counters()
    {
        var api = app.ApiClient();
        var npi = Api.NewNpi();
        await api.ActivateProviderAsync(await api.RegisterProviderAsync(npi, lastName: "Quinlan"));
        await Api.Eventually(async () => (await api.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi))).StatusCode == System.Net.HttpStatusCode.Created,
            "a prescription waits for verification");
        var waiting = (await app.ApiClient().GetFromJsonAsync<JsonElement>("/api/prescriptions?status=Received&pageSize=1")).GetProperty("totalCount").GetInt32();

        var home = await (await app.SignedInAsync("technician")).GetStringAsync("/");

        Assert.Equal(waiting, CountOf(home, "Prescriptions to verify"));
        Assert.True(waiting > 0);
        Assert.Contains("Batches to compound", home);
        Assert.DoesNotContain("Batches awaiting release", home);
        Assert.DoesNotContain("Gifts awaiting compliance review", home);
        Assert.DoesNotContain("Messages between modules", home);
    }

    [Fact]
    public async Task Quality_sees_the_batches_awaiting_release_and_the_administrator_the_delivery_between_modules()
    {
        var qa = await (await app.SignedInAsync("qa")).GetStringAsync("/");
        var admin = await (await app.SignedInAsync("admin")).GetStringAsync("/");
        var accounts = await (await app.SignedInAsync("accounts")).GetStringAsync("/");

        Assert.Contains("Batches awaiting release", qa);
        Assert.DoesNotContain("Prescriptions to verify", qa);
        Assert.DoesNotContain("Messages between modules", qa);
        Assert.Contains("Messages between modules", admin);
        Assert.Contains("My follow-up tasks", accounts);
        Assert.Contains("Unread clinic messages", accounts);
        Assert.DoesNotContain("Batches to compound", accounts);
    }

    private static int CountOf(string home, string queue)
    {
        var tile = TilePattern().Matches(home).SingleOrDefault(m => m.Groups["title"].Value == queue);
        Assert.True(tile is not null, $"the home page shows no \"{queue}\" queue");
        return int.Parse(tile.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<div class=\"label\">(?<title>[^<]+)</div>\\s*<div class=\"value\">(?<count>\\d+)</div>")]
    private static partial Regex TilePattern();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Inventory.Tests.Web;

/// <summary>The inventory pages as staff use them, on the demo stock room.</summary>
public sealed class InventoryPagesTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    private readonly HttpClient _pharmacist = host.ClientFor("Priya Raman, PharmD", Roles.Pharmacist);
    private readonly HttpClient _technician = host.ClientFor("Dana Whitfield, CPhT", Roles.Technician);

    [Fact]
    public async Task The_item_list_pages_through_the_catalog_finds_by_name_and_flags_items_below_their_reorder_point()
    {
        var firstPage = await _technician.GetStringAsync("/Inventory/Items");
        var found = await _technician.GetStringAsync("/Inventory/Items?search=ondansetron");
        var containers = await _technician.GetStringAsync("/Inventory/Items?kind=Container");

        Assert.Contains("45 records", firstPage);
        Assert.Contains("ING-001", firstPage);
        Assert.DoesNotContain("ING-045", firstPage);
        Assert.Contains("Ondansetron hydrochloride USP", found);
        Assert.Contains("Below reorder point", found);
        Assert.Contains("Hard gelatin capsule size 1", containers);
        Assert.DoesNotContain("Naltrexone", containers);
    }

    [Fact]
    public async Task An_item_page_reads_its_kind_storage_and_cost_as_every_other_page_writes_them()
    {
        var page = WebUtility.HtmlDecode(await _technician.GetStringAsync("/Inventory/Items/Details/ING-023"));

        Assert.Contains("<dt>Kind</dt><dd>API</dd>", page);
        Assert.Contains("<dt>Storage</dt><dd>Refrigerator (2–8 °C)</dd>", page);
        Assert.Contains("<dt>Cost</dt><dd>$1.90 per g</dd>", page);
    }

    [Fact]
    public async Task An_item_page_shows_its_lots_soonest_expiry_first_its_ledger_and_its_history()
    {
        var page = await _technician.GetStringAsync("/Inventory/Items/Details/ING-010");

        Assert.Contains("Omeprazole USP", page);
        Assert.Contains("Stock ledger", page);
        Assert.Contains("Receipt", page);
        Assert.Contains("Seed demo data", page);
        Assert.DoesNotContain("Record an adjustment", page);
        var lots = await host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots
            .Where(lot => lot.ItemCode == "ING-010").OrderBy(lot => lot.ExpiresOn).Select(lot => lot.LotNumber).ToListAsync());
        Assert.True(lots.Count >= 2);
        Assert.True(page.IndexOf(lots[0], StringComparison.Ordinal) < page.IndexOf(lots[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pharmacist_cannot_adjust_below_zero_but_records_a_count_correction_with_its_reason()
    {
        var lot = await FirstLotAsync("ING-002");
        const string path = "/Inventory/Items/Details/ING-002";

        var refused = await _pharmacist.SubmitAsync(path, Adjustment(lot.Id.Value, -(lot.OnHand.Amount + 1m), "Cycle count"), "Adjust");
        var missingReason = await _pharmacist.SubmitAsync(path, Adjustment(lot.Id.Value, -1m, ""), "Adjust");
        var recorded = await _pharmacist.SubmitAsync(path, Adjustment(lot.Id.Value, -1.5m, "Cycle count: container weighed 1.5 g light"), "Adjust");

        Assert.Contains("would make stock negative", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Give the reason; the ledger keeps it.", await missingReason.Content.ReadAsStringAsync());
        var after = await recorded.Content.ReadAsStringAsync();
        Assert.Contains($"Recorded on lot {lot.LotNumber}", after);
        Assert.Contains("Cycle count: container weighed 1.5 g light", after);
        Assert.Equal(lot.OnHand - StockRoom.Grams(1.5m), (await FirstLotAsync("ING-002")).OnHand);
    }

    [Fact]
    public async Task A_technician_may_look_but_not_adjust()
    {
        var lot = await FirstLotAsync("ING-003");

        var response = await _technician.SubmitAsync("/Inventory/Items/Details/ING-003", Adjustment(lot.Id.Value, 1m, "Found"), "Adjust");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(lot.OnHand, (await FirstLotAsync("ING-003")).OnHand);
    }

    [Fact]
    public async Task Releasing_the_quarantined_lot_takes_the_password_and_is_kept_with_the_meaning_of_the_signature()
    {
        var quarantined = await host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots.SingleAsync(lot => lot.Status == LotStatus.Quarantined));
        const string path = "/Inventory/Items/Details/ING-001";
        var before = await _pharmacist.GetStringAsync(path);
        var meaning = DetailsModel.ReleaseMeanings[0];

        var wrong = await _pharmacist.SubmitAsync(path, Release(quarantined.Id.Value, "not-my-password", meaning), "Release");
        var signed = await _pharmacist.SubmitAsync(path, Release(quarantined.Id.Value, InventoryHost.Password, meaning), "Release");

        Assert.Contains("Release a quarantined lot", before);
        Assert.Contains("The password is not correct; nothing was signed.", await wrong.Content.ReadAsStringAsync());
        var after = await signed.Content.ReadAsStringAsync();
        Assert.Contains("The lot is released", after);
        Assert.Contains(meaning, after);
        Assert.Contains("Release lot", after);
    }

    [Fact]
    public async Task Expiry_alerts_grow_from_30_to_60_to_90_days()
    {
        var counts = new List<int>();
        foreach (var days in new[] { 30, 60, 90 })
        {
            var page = await _technician.GetStringAsync($"/Inventory/Lots/Expiring?days={days}");
            counts.Add(page.Split("<tr>").Length - 2);
        }

        Assert.True(counts[0] > 0 && counts[0] < counts[1] && counts[1] < counts[2], string.Join(", ", counts));
    }

    [Fact]
    public async Task Reorder_suggestions_name_the_items_that_run_low_with_a_suggested_order()
    {
        var page = await _technician.GetStringAsync("/Inventory/Reorder");

        Assert.Contains("Airless topical pump 50 g", page);
        Assert.Contains("Phentolamine mesylate USP", page);
        Assert.DoesNotContain("Progesterone USP micronized", page);
    }

    [Fact]
    public async Task Nobody_signed_in_sees_no_stock()
    {
        var response = await host.ClientFor("nobody").GetAsync("/Inventory/Items");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Task<Lot> FirstLotAsync(string itemCode) =>
        host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots.AsNoTracking()
            .Where(lot => lot.ItemCode == itemCode && lot.Status == LotStatus.Released)
            .OrderBy(lot => lot.ExpiresOn)
            .FirstAsync());

    private static Dictionary<string, string> Adjustment(Guid lotId, decimal quantity, string reason) => new()
    {
        ["Adjustment.LotId"] = lotId.ToString(),
        ["Adjustment.Change"] = "Adjustment",
        ["Adjustment.Quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Adjustment.Reason"] = reason,
    };

    private static Dictionary<string, string> Release(Guid lotId, string password, string meaning) => new()
    {
        ["Release.LotId"] = lotId.ToString(),
        ["Release.Signature.Password"] = password,
        ["Release.Signature.Meaning"] = meaning,
    };
}

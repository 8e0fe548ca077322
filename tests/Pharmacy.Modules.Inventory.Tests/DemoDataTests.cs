using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.DemoData;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.Inventory.Tests;

public sealed class DemoDataTests : IAsyncLifetime
{
    private const int CatalogIngredients = 45;
    private static readonly DemoDataContext Demo = new(RandomSeed: 20261129, Now: StockRoom.Now);
    private InventoryDatabase _database = null!;
    private List<Item> _items = [];
    private List<Lot> _lots = [];

    public async Task InitializeAsync()
    {
        _database = await InventoryDatabase.CreateAsync();
        await SeedAsync();
        _items = await _database.QueryAsync(db => db.Items.ToListAsync());
        _lots = await _database.QueryAsync(db => db.Lots.ToListAsync());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Every_catalog_ingredient_is_stocked_with_two_or_three_lots_and_seeding_again_adds_nothing()
    {
        await SeedAsync();

        Assert.Equal(CatalogIngredients, await _database.QueryAsync(db => db.Items.CountAsync()));
        Assert.Equal(_lots.Count, await _database.QueryAsync(db => db.Lots.CountAsync()));
        Assert.All(_items, item => Assert.InRange(_lots.Count(lot => lot.ItemId == item.Id), 2, 3));
    }

    [Fact]
    public void Lots_of_one_item_expire_on_different_days_so_first_expiry_first_out_shows()
    {
        Assert.All(_lots.GroupBy(lot => lot.ItemId), lots => Assert.Equal(lots.Count(), lots.Select(lot => lot.ExpiresOn).Distinct().Count()));
    }

    [Fact]
    public void Some_lots_expire_within_30_60_and_90_days_and_most_in_one_to_two_years()
    {
        var daysLeft = _lots.Select(lot => lot.ExpiresOn.DayNumber - StockRoom.Today.DayNumber).ToList();

        Assert.Contains(daysLeft, days => days is > 0 and <= 30);
        Assert.Contains(daysLeft, days => days is > 30 and <= 60);
        Assert.Contains(daysLeft, days => days is > 60 and <= 90);
        Assert.True(daysLeft.Count(days => days is >= 365 and <= 730) > _lots.Count / 2);
    }

    [Fact]
    public void One_lot_waits_in_quarantine_and_every_lot_was_received_in_the_past()
    {
        var quarantined = Assert.Single(_lots, lot => lot.Status == LotStatus.Quarantined);

        Assert.Equal(DemoCatalog.QuarantinedItemCode, quarantined.ItemCode);
        Assert.All(_lots, lot => Assert.True(lot.ReceivedAt < StockRoom.Now));
    }

    [Fact]
    public void Drugs_carry_an_eleven_digit_NDC_and_containers_none()
    {
        Assert.All(_items.Where(item => item.Kind == ItemKind.Api), item => Assert.Matches("^[0-9]{11}$", item.Ndc));
        Assert.All(_items.Where(item => item.Kind == ItemKind.Container), item => Assert.Null(item.Ndc));
    }

    [Fact]
    public void There_is_enough_naltrexone_and_capsules_for_a_few_dozen_300_capsule_batches()
    {
        const int batches = 24;
        const decimal naltrexonePerCapsule = 0.0045m;
        const decimal capsuleBatch = 300m;

        Assert.True(Usable("ING-001") >= batches * capsuleBatch * naltrexonePerCapsule);
        Assert.True(Usable("ING-042") >= batches * capsuleBatch);
    }

    private decimal Usable(string code) =>
        _lots.Where(lot => lot.ItemCode == code && lot.IsAllocatable(StockRoom.Today, StockRoom.CapsuleUseBy)).Sum(lot => lot.Available.Amount);

    private Task SeedAsync() => _database.ActAsync("SeedDemoData", db => new InventoryDemoData(db).SeedAsync(Demo, CancellationToken.None));
}

using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Features.GetExpiringLots;
using Pharmacy.Modules.Inventory.Features.GetItem;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Modules.Inventory.Features.GetReorderSuggestions;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Inventory.Tests;

/// <summary>The lists staff work from, read from the ledger in SQL on the module's SQLite database.</summary>
public sealed class StockQueryTests : IAsyncLifetime
{
    private const decimal NaltrexoneReorderPoint = 20m;
    private readonly StockRoom _room = new();
    private InventoryDatabase _database = null!;
    private Item _naltrexone = null!;
    private Item _capsules = null!;
    private Item _water = null!;
    private Lot _expired = null!;
    private Lot _in10Days = null!;
    private Lot _in45Days = null!;
    private Lot _in80Days = null!;
    private Lot _quarantined = null!;

    public async Task InitializeAsync()
    {
        _database = await InventoryDatabase.CreateAsync();
        _naltrexone = StockRoom.Naltrexone(NaltrexoneReorderPoint);
        _capsules = StockRoom.Capsules();
        _water = StockRoom.SterileWater();
        _expired = _room.ReleasedLot(_water, 400m, expiresInDays: -3);
        _in10Days = _room.ReleasedLot(_naltrexone, 4m, expiresInDays: 10);
        _in45Days = _room.ReleasedLot(_capsules, 6000m, expiresInDays: 45);
        _in80Days = _room.ReleasedLot(_water, 3000m, expiresInDays: 80);
        _quarantined = _room.QuarantinedLot(_naltrexone, 25m, expiresInDays: 700);
        var usedUp = _room.ReleasedLot(_naltrexone, 2m, expiresInDays: 5);
        usedUp.Consume(_room.Batch(), StockRoom.Grams(2m), _room.Technician(), StockRoom.Now.AddDays(-1));
        var reservedFor = _room.ReleasedLot(_naltrexone, 10m, expiresInDays: 500);
        reservedFor.Reserve(_room.Batch(), StockRoom.Grams(3m), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now);
        await _database.ActAsync("ReceiveLots", async db =>
        {
            db.Items.AddRange(_naltrexone, _capsules, _water);
            db.Lots.AddRange(_expired, _in10Days, _in45Days, _in80Days, _quarantined, usedUp, reservedFor);
            await Task.CompletedTask;
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(30, new[] { "expired", "10" })]
    [InlineData(60, new[] { "expired", "10", "45" })]
    [InlineData(90, new[] { "expired", "10", "45", "80" })]
    public async Task Expiry_alerts_list_lots_with_stock_soonest_first_with_expired_ones_still_on_the_shelf_at_the_top(int days, string[] expected)
    {
        var lots = await _database.QueryAsync(async db => await new GetExpiringLotsHandler(db, _database.Clock).Handle(new GetExpiringLots(days), default));

        var names = new Dictionary<Guid, string>
        {
            [_expired.Id.Value] = "expired", [_in10Days.Id.Value] = "10", [_in45Days.Id.Value] = "45", [_in80Days.Id.Value] = "80",
        };
        Assert.Equal(expected, lots.Select(lot => names.GetValueOrDefault(lot.LotId, lot.LotNumber)));
        Assert.Equal((nameof(LotStatus.Expired), -3), (lots[0].Status, lots[0].DaysLeft));
    }

    [Fact]
    public void Only_the_30_60_and_90_day_windows_are_offered()
    {
        var validator = new GetExpiringLotsValidator();

        Assert.All([30, 60, 90], days => Assert.True(validator.Validate(new GetExpiringLots(days)).IsValid));
        Assert.False(validator.Validate(new GetExpiringLots(45)).IsValid);
    }

    [Fact]
    public async Task An_item_is_suggested_for_reorder_when_what_it_may_use_falls_below_its_reorder_point()
    {
        var suggestions = await _database.QueryAsync(async db =>
            await new GetReorderSuggestionsHandler(db, _database.Clock).Handle(new GetReorderSuggestions(), default));

        // Naltrexone: 4 g (10 days) + 10 g less 3 g reserved = 11 g usable; the 25 g in quarantine does not count yet.
        var naltrexone = Assert.Single(suggestions);
        Assert.Equal(("ING-001", 11m, 39m, NaltrexoneReorderPoint), (naltrexone.Code, naltrexone.Available, naltrexone.OnHand, naltrexone.ReorderPoint));
        Assert.Equal((_naltrexone.ReorderQuantity.Amount, (_naltrexone.CostPerUnit * _naltrexone.ReorderQuantity.Amount).Amount), (naltrexone.SuggestedQuantity, naltrexone.EstimatedCost));
    }

    [Fact]
    public async Task The_item_list_finds_an_ingredient_by_part_of_its_name_in_any_case_and_shows_its_stock()
    {
        var page = await _database.QueryAsync(async db => await new GetItemsHandler(db, _database.Clock).Handle(new GetItems("naltrex", null), default));

        var item = Assert.Single(page.Items);
        Assert.Equal(("ING-001", 39m, 11m, true), (item.Code, item.OnHand, item.Available, item.BelowReorderPoint));
    }

    [Fact]
    public async Task The_item_list_filters_by_kind()
    {
        var page = await _database.QueryAsync(async db =>
            await new GetItemsHandler(db, _database.Clock).Handle(new GetItems(null, ItemKind.Container), default));

        Assert.Equal(["ING-042"], page.Items.Select(item => item.Code));
    }

    [Fact]
    public async Task An_item_page_shows_its_lots_in_expiry_order_with_their_balances_and_the_ledger_newest_first()
    {
        var details = await _database.QueryAsync(async db => await new GetItemHandler(db, _database.Clock, PharmacyTimeZone.Default).Handle(new GetItem("ing-001"), default));

        Assert.Equal(
            [(nameof(LotStatus.Depleted), 0m, 0m), (nameof(LotStatus.Released), 4m, 0m), (nameof(LotStatus.Released), 10m, 3m), (nameof(LotStatus.Quarantined), 25m, 0m)],
            details.Lots.Select(lot => (lot.Status, lot.OnHand, lot.Reserved)));
        Assert.Equal(nameof(MovementType.Reservation), details.RecentMovements[0].Type);
        Assert.Contains(details.History, entry => entry.Action == "ReceiveLots" && entry.Who == SystemUser.Instance.Name);
    }
}

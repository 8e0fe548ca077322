using Pharmacy.Modules.Inventory.Domain.Allocation;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;

namespace Pharmacy.Modules.Inventory.Tests;

/// <summary>Allocating a 300-capsule naltrexone 4.5 mg batch (1.35 g of naltrexone, 300 capsules) from the shelf.</summary>
public sealed class FefoAllocationTests
{
    private const decimal NaltrexoneForBatch = 1.35m;
    private const decimal CapsulesForBatch = 300m;
    private readonly StockRoom _room = new();
    private readonly Item _naltrexone = StockRoom.Naltrexone();
    private readonly Item _capsules = StockRoom.Capsules();

    [Fact]
    public void The_lot_that_expires_first_is_used_first_and_the_next_one_only_for_the_rest()
    {
        var later = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: 540);
        var sooner = _room.ReleasedLot(_naltrexone, 1m, expiresInDays: 400);
        var capsules = _room.ReleasedLot(_capsules, 5000m, expiresInDays: 900);

        var plan = Plan([later, sooner, capsules]);

        Assert.True(plan.Succeeded);
        Assert.Equal(
            [(sooner.LotNumber, 1m), (later.LotNumber, NaltrexoneForBatch - 1m), (capsules.LotNumber, CapsulesForBatch)],
            plan.Reservations.Select(r => (r.Lot.LotNumber, r.Quantity.Amount)));
    }

    [Fact]
    public void Quarantined_and_expired_lots_are_passed_over_even_when_they_expire_first()
    {
        var quarantined = _room.QuarantinedLot(_naltrexone, 25m, expiresInDays: 300);
        var expired = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: -3);
        var good = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: 500);
        var capsules = _room.ReleasedLot(_capsules, 5000m, expiresInDays: 900);

        var plan = Plan([quarantined, expired, good, capsules]);

        Assert.Equal([good.LotNumber, capsules.LotNumber], plan.Reservations.Select(r => r.Lot.LotNumber));
    }

    [Fact]
    public void A_lot_that_expires_before_the_batch_use_by_date_is_skipped()
    {
        var shortDated = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: StockRoom.CapsuleBudDays - 10);
        var longDated = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: StockRoom.CapsuleBudDays + 200);
        var capsules = _room.ReleasedLot(_capsules, 5000m, expiresInDays: 900);

        var plan = Plan([shortDated, longDated, capsules]);

        var naltrexone = Assert.Single(plan.Reservations, r => r.Lot.ItemId == _naltrexone.Id);
        Assert.Same(longDated, naltrexone.Lot);
    }

    [Fact]
    public void A_lot_expiring_on_the_use_by_date_itself_is_still_good_for_the_batch()
    {
        var onTheDay = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: StockRoom.CapsuleBudDays);
        var capsules = _room.ReleasedLot(_capsules, 5000m, expiresInDays: 900);

        var plan = Plan([onTheDay, capsules]);

        Assert.Contains(plan.Reservations, r => r.Lot == onTheDay);
    }

    [Fact]
    public void When_one_ingredient_is_short_nothing_is_reserved_and_the_shortfall_says_how_much_is_missing()
    {
        var naltrexone = _room.ReleasedLot(_naltrexone, 0.8m, expiresInDays: 500);
        _room.QuarantinedLot(_naltrexone, 25m, expiresInDays: 600);
        var capsules = _room.ReleasedLot(_capsules, 5000m, expiresInDays: 900);

        var plan = Plan([naltrexone, capsules]);

        Assert.False(plan.Succeeded);
        Assert.Empty(plan.Reservations);
        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal(new Shortfall("ING-001", "Naltrexone hydrochloride USP", NaltrexoneForBatch, 0.8m, "g"), shortfall);
    }

    [Fact]
    public void Stock_reserved_for_one_batch_is_not_offered_to_the_next()
    {
        var naltrexone = _room.ReleasedLot(_naltrexone, 2m, expiresInDays: 500);
        var capsules = _room.ReleasedLot(_capsules, 5000m, expiresInDays: 900);
        naltrexone.Reserve(_room.Batch(), StockRoom.Grams(NaltrexoneForBatch), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now);

        var plan = Plan([naltrexone, capsules]);

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal((NaltrexoneForBatch, 2m - NaltrexoneForBatch), (shortfall.Needed, shortfall.Available));
    }

    [Fact]
    public void A_need_stated_in_another_unit_is_refused_with_a_plain_explanation_instead_of_converted()
    {
        var naltrexone = _room.ReleasedLot(_naltrexone, 25m, expiresInDays: 500);

        var plan = FefoAllocator.Plan([new StockNeed("ING-001", 1350m, "mg")], [_naltrexone], [naltrexone], StockRoom.Today, StockRoom.CapsuleUseBy);

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal("Naltrexone hydrochloride USP is stocked in g, not mg; no conversion is made", shortfall.ItemName);
        Assert.Equal((1350m, 0m, "mg"), (shortfall.Needed, shortfall.Available, shortfall.Unit));
    }

    [Fact]
    public void A_unit_written_in_other_letters_is_the_same_unit()
    {
        var water = StockRoom.SterileWater();
        var lot = _room.ReleasedLot(water, 1000m, expiresInDays: 700);

        var plan = FefoAllocator.Plan([new StockNeed("ING-033", 30m, "ml")], [water], [lot], StockRoom.Today, StockRoom.Today.AddDays(4));

        Assert.True(plan.Succeeded);
    }

    [Fact]
    public void An_item_the_pharmacy_does_not_stock_is_reported_as_missing()
    {
        var plan = FefoAllocator.Plan([new StockNeed("ING-999", 1m, "g")], [_naltrexone], [], StockRoom.Today, StockRoom.CapsuleUseBy);

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal("ING-999 is not an inventory item", shortfall.ItemName);
    }

    [Fact]
    public void An_ingredient_listed_twice_is_allocated_once_for_the_sum()
    {
        var lot = _room.ReleasedLot(_naltrexone, 2m, expiresInDays: 500);

        var plan = FefoAllocator.Plan(
            [new StockNeed("ING-001", 1.5m, "g"), new StockNeed("ing-001", 1m, "g")], [_naltrexone], [lot], StockRoom.Today, StockRoom.CapsuleUseBy);

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal((2.5m, 2m), (shortfall.Needed, shortfall.Available));
    }

    private AllocationPlan Plan(IReadOnlyCollection<Lot> lots) =>
        FefoAllocator.Plan(
            [new StockNeed("ING-001", NaltrexoneForBatch, "g"), new StockNeed("ING-042", CapsulesForBatch, "each")],
            [_naltrexone, _capsules], lots, StockRoom.Today, StockRoom.CapsuleUseBy);
}

using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Kernel;

using static Pharmacy.Modules.Inventory.Tests.StockRoom;

namespace Pharmacy.Modules.Inventory.Tests;

public sealed class LotTests
{
    private const decimal Received = 25m;
    private const int ExpiresInDays = 400;
    private readonly StockRoom _room = new();

    [Fact]
    public void A_received_lot_waits_in_quarantine_with_its_receipt_as_the_first_ledger_line()
    {
        var lot = _room.QuarantinedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);

        Assert.Equal(LotStatus.Quarantined, lot.Status);
        var receipt = Assert.Single(lot.Movements);
        Assert.Equal((MovementType.Receipt, Received, 1), (receipt.Type, receipt.Quantity, receipt.Sequence));
        Assert.Equal(Grams(Received), lot.OnHand);
        Assert.Equal(Grams(Received), lot.Available);
    }

    [Fact]
    public void A_lot_that_is_already_expired_cannot_be_received()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => _room.QuarantinedLot(StockRoom.Naltrexone(), Received, expiresInDays: -90));

        Assert.IsType<LotMustNotBeReceivedExpiredRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_quarantined_lot_without_a_certificate_of_analysis_cannot_be_released()
    {
        var lot = _room.QuarantinedLot(StockRoom.Naltrexone(), Received, ExpiresInDays, certificate: null);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => lot.Release(StockRoom.Now));

        Assert.IsType<CertificateOfAnalysisMustBeOnFileToReleaseRule>(broken.BrokenRule);
        Assert.Equal(LotStatus.Quarantined, lot.Status);
    }

    [Fact]
    public void A_released_lot_cannot_be_released_again()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => lot.Release(StockRoom.Now));

        Assert.IsType<LotMustBeQuarantinedToReleaseRule>(broken.BrokenRule);
    }

    [Fact]
    public void Reserving_keeps_stock_on_the_shelf_but_takes_it_out_of_what_is_available()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        const decimal reserved = 1.35m;

        lot.Reserve(_room.Batch(), Grams(reserved), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now);

        Assert.Equal(Grams(Received), lot.OnHand);
        Assert.Equal(Grams(reserved), lot.Reserved);
        Assert.Equal(Grams(Received - reserved), lot.Available);
        Assert.Equal(-reserved, lot.Movements[^1].Quantity);
    }

    [Fact]
    public void A_quarantined_lot_cannot_be_reserved()
    {
        var lot = _room.QuarantinedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            lot.Reserve(_room.Batch(), Grams(1m), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now));

        Assert.IsType<OnlyReleasedLotsCanBeReservedRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_lot_expiring_before_the_batch_must_be_used_cannot_be_reserved_for_it()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, expiresInDays: StockRoom.CapsuleBudDays - 1);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            lot.Reserve(_room.Batch(), Grams(1m), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now));

        Assert.IsType<LotMustNotExpireBeforeUseByRule>(broken.BrokenRule);
    }

    [Fact]
    public void More_than_is_available_cannot_be_reserved()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        lot.Reserve(_room.Batch(), Grams(Received - 1m), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            lot.Reserve(_room.Batch(), Grams(2m), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now));

        Assert.IsType<ReservationMustNotExceedAvailableRule>(broken.BrokenRule);
        Assert.Contains("1 g available", broken.Message);
    }

    [Fact]
    public void Compounding_takes_off_what_was_weighed_and_gives_back_what_the_batch_reserved_but_did_not_use()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        var batch = _room.Batch();
        const decimal reserved = 1.35m;
        const decimal weighed = 1.32m;
        lot.Reserve(batch, Grams(reserved), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now);

        lot.Consume(batch, Grams(weighed), _room.Technician(), StockRoom.Now);
        var released = lot.ReleaseReservation(batch, _room.Technician(), StockRoom.Now);

        Assert.Equal(Grams(reserved), released);
        Assert.Equal(Grams(Received - weighed), lot.OnHand);
        Assert.Equal(Grams(0m), lot.Reserved);
        Assert.Equal(Grams(0m), lot.ReservedFor(batch.Id));
        Assert.True(lot.WasConsumedBy(batch.Id));
        Assert.Equal(
            [MovementType.Receipt, MovementType.Reservation, MovementType.Consumption, MovementType.ReservationRelease],
            lot.Movements.Select(m => m.Type));
    }

    [Fact]
    public void Releasing_a_batch_that_reserved_nothing_on_the_lot_writes_no_ledger_line()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);

        var released = lot.ReleaseReservation(_room.Batch(), _room.Technician(), StockRoom.Now);

        Assert.Equal(Grams(0m), released);
        Assert.Single(lot.Movements);
    }

    [Fact]
    public void A_lot_used_up_by_a_batch_is_depleted()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);

        lot.Consume(_room.Batch(), Grams(Received), _room.Technician(), StockRoom.Now);

        Assert.Equal(Grams(0m), lot.OnHand);
        Assert.Equal(LotStatus.Depleted, lot.Status);
    }

    [Fact]
    public void A_quantity_weighed_in_another_unit_is_refused_rather_than_converted()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => lot.Consume(_room.Batch(), Quantity.Of(1350m, "mg"), _room.Technician(), StockRoom.Now));

        Assert.IsType<QuantityMustBeInTheLotsUnitRule>(broken.BrokenRule);
        Assert.Equal(Grams(Received), lot.OnHand);
    }

    [Fact]
    public void Stock_never_goes_negative_whatever_takes_it()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        var pharmacist = _room.Pharmacist();
        var tooMuch = Grams(Received + 0.001m);

        var adjusting = Assert.Throws<BusinessRuleValidationException>(() => lot.Adjust(-tooMuch, "Cycle count", pharmacist, StockRoom.Now));
        var wasting = Assert.Throws<BusinessRuleValidationException>(() => lot.Waste(tooMuch, "Spilled", pharmacist, StockRoom.Now));
        var returning = Assert.Throws<BusinessRuleValidationException>(() => lot.ReturnToVendor(tooMuch, "Damaged", pharmacist, StockRoom.Now));
        var consuming = Assert.Throws<BusinessRuleValidationException>(() => lot.Consume(_room.Batch(), tooMuch, pharmacist, StockRoom.Now));

        Assert.All([adjusting, wasting, returning, consuming], broken => Assert.IsType<StockMustNotGoNegativeRule>(broken.BrokenRule));
        Assert.Equal("Lot " + lot.LotNumber + " has 25 g on hand; taking 25.001 g would make stock negative.", adjusting.Message);
        Assert.Equal(Grams(Received), lot.OnHand);
        Assert.Single(lot.Movements);
    }

    [Fact]
    public void A_count_correction_needs_a_reason_and_is_kept_in_the_ledger_with_it()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        var pharmacist = _room.Pharmacist();

        Assert.IsType<ReasonMustBeGivenRule>(
            Assert.Throws<BusinessRuleValidationException>(() => lot.Adjust(Grams(-0.5m), " ", pharmacist, StockRoom.Now)).BrokenRule);
        lot.Adjust(Grams(-0.5m), "Cycle count: container weighed 24.5 g net", pharmacist, StockRoom.Now);

        var line = lot.Movements[^1];
        Assert.Equal((MovementType.Adjustment, -0.5m, "Cycle count: container weighed 24.5 g net", pharmacist.Name),
            (line.Type, line.Quantity, line.Reason, line.RecordedBy));
        Assert.Equal(Grams(24.5m), lot.OnHand);
    }

    [Fact]
    public void Stock_found_on_a_depleted_lot_makes_it_usable_again()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        lot.Waste(Grams(Received), "Container dropped", _room.Pharmacist(), StockRoom.Now);
        Assert.Equal(LotStatus.Depleted, lot.Status);

        lot.Adjust(Grams(2m), "Unopened container found in the hazardous-drug cabinet", _room.Pharmacist(), StockRoom.Now);

        Assert.Equal(LotStatus.Released, lot.Status);
        Assert.Equal(Grams(2m), lot.OnHand);
    }

    [Fact]
    public void Every_ledger_line_takes_the_next_number_so_two_writers_of_one_lot_collide()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, ExpiresInDays);
        var batch = _room.Batch();

        lot.Reserve(batch, Grams(1m), StockRoom.CapsuleUseBy, _room.Technician(), StockRoom.Now);
        lot.Consume(batch, Grams(1m), _room.Technician(), StockRoom.Now);
        lot.Adjust(Grams(0.2m), "Recount", _room.Pharmacist(), StockRoom.Now);

        Assert.Equal([1, 2, 3, 4], lot.Movements.Select(m => m.Sequence));
        Assert.Equal(lot.Movements.Count, lot.MovementCount);
    }

    [Fact]
    public void A_lot_past_its_expiry_date_shows_as_expired_whatever_was_recorded()
    {
        var lot = _room.ReleasedLot(StockRoom.Naltrexone(), Received, expiresInDays: -1);

        Assert.Equal(LotStatus.Released, lot.Status);
        Assert.Equal(LotStatus.Expired, lot.StatusOn(StockRoom.Today));
        Assert.False(lot.IsAllocatable(StockRoom.Today, StockRoom.Today));
    }
}

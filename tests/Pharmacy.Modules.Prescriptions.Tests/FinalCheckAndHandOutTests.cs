using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class FinalCheckAndHandOutTests
{
    private const string Carrier = "UPS";

    private readonly RxFaker _rx = new();

    [Fact]
    public void A_released_fill_checked_by_a_pharmacist_keeps_who_checked_it_and_when_and_announces_it()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        var at = RxFaker.Now.AddDays(1).AddHours(2);

        prescription.CheckFill(fill.Id, RxFaker.Pharmacist, at);

        Assert.Equal((RxFaker.Pharmacist, at), (fill.CheckedBy, fill.CheckedAt));
        var checkedEvent = Assert.Single(prescription.DomainEvents.OfType<FillCheckedDomainEvent>());
        Assert.Equal((fill.Id, prescription.Id, prescription.RxNumber, 0, RxFaker.Pharmacist), (checkedEvent.FillId, checkedEvent.PrescriptionId,
            checkedEvent.RxNumber, checkedEvent.FillNumber, checkedEvent.CheckedBy));
        Assert.Equal(PrescriptionStatus.ReadyToDispense, prescription.Status);
    }

    [Fact]
    public void A_fill_whose_batch_is_not_released_cannot_be_checked()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.CheckFill(fill.Id, RxFaker.Pharmacist, RxFaker.Now));

        Assert.IsType<PrescriptionMustBeReadyToDispenseRule>(broken.BrokenRule);
        Assert.Null(fill.CheckedAt);
    }

    [Fact]
    public void A_fill_is_checked_once()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.CheckFill(fill.Id, RxFaker.Pharmacist, RxFaker.Now);

        Assert.IsType<FillMustBeCheckedOnceRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.CheckFill(fill.Id, RxFaker.Pharmacist, RxFaker.Now.AddMinutes(5))).BrokenRule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_fill_on_or_after_its_beyond_use_date_cannot_be_checked(int daysAfter)
    {
        var beyondUseDate = RxFaker.Now.AddDays(14);
        var (prescription, fill) = ReadyWith(beyondUseDate, "Room");

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => prescription.CheckFill(fill.Id, RxFaker.Pharmacist, beyondUseDate.AddDays(daysAfter)));

        Assert.IsType<FillMustBeCheckedBeforeItsBeyondUseDateRule>(broken.BrokenRule);
        Assert.Contains("made again in a new batch", broken.Message);
        Assert.Null(fill.CheckedAt);
    }

    [Fact]
    public void A_fill_not_yet_checked_is_neither_picked_up_nor_shipped_and_the_message_says_what_to_do()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();

        var pickedUp = Assert.Throws<BusinessRuleValidationException>(() => prescription.PickUp(fill.Id, RxFaker.Now.AddDays(2)));
        var shipped = Assert.Throws<BusinessRuleValidationException>(
            () => prescription.ShipHome(fill.Id, Carrier, _rx.TrackingNumber(), RxFaker.Now.AddDays(2)));

        Assert.IsType<FillMustHaveItsFinalCheckRule>(pickedUp.BrokenRule);
        Assert.IsType<FillMustHaveItsFinalCheckRule>(shipped.BrokenRule);
        Assert.Contains("has not had its final check", pickedUp.Message);
        Assert.Contains("sign the final check", pickedUp.Message);
        Assert.Equal((FillStatus.ReadyToDispense, PrescriptionStatus.ReadyToDispense), (fill.Status, prescription.Status));
    }

    [Fact]
    public void A_pickup_records_who_collected_the_fill_and_the_answer_to_counselling()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.Check(fill.Id, RxFaker.Now.AddDays(1).AddHours(1));

        prescription.Dispense(fill.Id, "  Luis Alvarez ", CollectorRelationship.Family, CounsellingAnswer.Accepted, RxFaker.Technician, RxFaker.Now.AddDays(2));

        Assert.Equal(("Luis Alvarez", CollectorRelationship.Family, CounsellingAnswer.Accepted), (fill.CollectedBy, fill.CollectorRelationship, fill.Counselling));
        Assert.Equal((FillStatus.Dispensed, PrescriptionStatus.Dispensed), (fill.Status, prescription.Status));
    }

    [Fact]
    public void A_pickup_without_an_answer_to_counselling_or_a_name_is_refused()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.Check(fill.Id, RxFaker.Now.AddDays(1).AddHours(1));
        var at = RxFaker.Now.AddDays(2);

        Assert.IsType<PickupNeedsACounsellingAnswerRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Dispense(fill.Id, "Maria Alvarez", CollectorRelationship.Self, null, RxFaker.Technician, at)).BrokenRule);
        Assert.IsType<TextMustBeGivenRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Dispense(fill.Id, " ", CollectorRelationship.Self, CounsellingAnswer.Declined, RxFaker.Technician, at)).BrokenRule);
        Assert.Equal(FillStatus.ReadyToDispense, fill.Status);
    }

    [Fact]
    public void Shipping_to_a_patient_with_no_address_is_refused_with_what_to_do()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.Check(fill.Id, RxFaker.Now.AddDays(1).AddHours(1));

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Ship(fill.Id, Carrier, _rx.TrackingNumber(), null, false, RxFaker.Technician, RxFaker.Now.AddDays(2)));

        Assert.IsType<ShipmentNeedsAnAddressRule>(broken.BrokenRule);
        Assert.Contains("Record their ship-to or home address", broken.Message);
        Assert.Equal(FillStatus.ReadyToDispense, fill.Status);
    }

    [Fact]
    public void A_shipped_fill_keeps_the_address_it_was_sent_to()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.Check(fill.Id, RxFaker.Now.AddDays(1).AddHours(1));
        var shipTo = new PostalAddress("400 Congress Ave", "Apt 12", "Austin", "TX", "78701");

        prescription.Ship(fill.Id, Carrier, _rx.TrackingNumber(), shipTo, false, RxFaker.Technician, RxFaker.Now.AddDays(2));

        Assert.Equal(shipTo, fill.ShipTo);
        Assert.False(fill.ColdChainPacked);
        Assert.Equal(FillStatus.Shipped, fill.Status);
    }

    [Theory]
    [InlineData("Refrigerator")]
    [InlineData("Freezer")]
    public void A_fill_kept_cold_is_shipped_only_in_cold_chain_packing(string storage)
    {
        var (prescription, fill) = ReadyWith(RxFaker.Now.AddDays(30), storage);
        prescription.Check(fill.Id, RxFaker.Now.AddDays(1).AddHours(1));
        var at = RxFaker.Now.AddDays(2);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Ship(fill.Id, Carrier, _rx.TrackingNumber(), DispensingSteps.Home, false, RxFaker.Technician, at));
        Assert.IsType<ColdFillMustBeShippedInColdChainPackingRule>(broken.BrokenRule);
        Assert.Contains("cold-chain packing", broken.Message);

        prescription.Ship(fill.Id, Carrier, _rx.TrackingNumber(), DispensingSteps.Home, true, RxFaker.Technician, at);
        Assert.True(fill.ColdChainPacked);
        Assert.Equal(FillStatus.Shipped, fill.Status);
    }

    [Fact]
    public void A_fill_at_room_temperature_ships_without_cold_chain_packing()
    {
        var (prescription, fill) = ReadyWith(RxFaker.Now.AddDays(180), "Room");
        prescription.Check(fill.Id, RxFaker.Now.AddDays(1).AddHours(1));

        prescription.Ship(fill.Id, Carrier, _rx.TrackingNumber(), DispensingSteps.Home, false, RxFaker.Technician, RxFaker.Now.AddDays(2));

        Assert.Equal(FillStatus.Shipped, fill.Status);
    }

    [Fact]
    public void A_beyond_use_date_before_the_end_of_the_days_supply_is_warned_of_but_not_refused()
    {
        // 30 days supply from day 2; the batch is usable for 14 days.
        var (prescription, fill) = ReadyWith(RxFaker.Now.AddDays(14), "Room");
        var at = RxFaker.Now.AddDays(2);

        var warning = prescription.DaysSupplyWarning(fill.Id, at);

        Assert.NotNull(warning);
        Assert.Contains("falls before the end of the 30-day supply", warning);
        Assert.Contains(RxFaker.Now.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), warning);
        prescription.CheckAndPickUp(fill.Id, at);
        Assert.Equal(FillStatus.Dispensed, fill.Status);
    }

    [Fact]
    public void A_beyond_use_date_after_the_end_of_the_days_supply_gives_no_warning()
    {
        var (prescription, fill) = ReadyWith(RxFaker.Now.AddDays(180), "Room");

        Assert.Null(prescription.DaysSupplyWarning(fill.Id, RxFaker.Now.AddDays(2)));
    }

    private (Prescription Prescription, Fill Fill) ReadyWith(DateTimeOffset beyondUseDate, string storage)
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);
        prescription.RecordBatchCompounded(fill.Id, beyondUseDate, storage);
        prescription.RecordBatchReleased(fill.Id, batch.Id, batch.Number, RxFaker.Now.AddDays(1));
        prescription.ClearDomainEvents();
        return (prescription, fill);
    }
}

using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class BatchAndDispensingTests
{
    private const string Carrier = "UPS";

    private readonly RxFaker _rx = new();

    [Fact]
    public void A_planned_batch_puts_the_prescription_in_production_and_the_fill_remembers_its_batch()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();

        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);

        Assert.Equal(PrescriptionStatus.InProduction, prescription.Status);
        Assert.Equal((FillStatus.InProduction, batch.Id, batch.Number), (fill.Status, fill.BatchId, fill.BatchNumber));
    }

    [Fact]
    public void A_released_batch_makes_the_fill_and_the_prescription_ready_to_dispense()
    {
        var (prescription, fill, batch) = _rx.ReadyToDispense();

        Assert.Equal(PrescriptionStatus.ReadyToDispense, prescription.Status);
        Assert.Equal(FillStatus.ReadyToDispense, fill.Status);
        Assert.Equal(batch.Number, fill.BatchNumber);
        Assert.NotNull(fill.ReadyAt);
    }

    [Fact]
    public void A_compounded_batch_gives_the_fill_its_beyond_use_date_for_the_label()
    {
        var (prescription, fill) = _rx.Verified();
        var beyondUseDate = RxFaker.Now.AddDays(180);

        prescription.RecordBatchCompounded(fill.Id, beyondUseDate, "Room");

        Assert.Equal((beyondUseDate, "Room"), (fill.BeyondUseDate, fill.Storage));
    }

    [Fact]
    public void A_fill_is_handed_out_up_to_the_moment_before_its_beyond_use_date()
    {
        var (prescription, fill) = ReadyWithBeyondUseDate(RxFaker.Now.AddDays(14));

        prescription.CheckAndPickUp(fill.Id, RxFaker.Now.AddDays(14).AddMinutes(-1));

        Assert.Equal(FillStatus.Dispensed, fill.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_fill_on_or_after_its_beyond_use_date_is_neither_dispensed_nor_shipped(int daysAfter)
    {
        var beyondUseDate = RxFaker.Now.AddDays(14);
        var (prescription, fill) = ReadyWithBeyondUseDate(beyondUseDate);
        var at = beyondUseDate.AddDays(daysAfter);

        var dispensed = Assert.Throws<BusinessRuleValidationException>(() => prescription.PickUp(fill.Id, at));
        var shipped = Assert.Throws<BusinessRuleValidationException>(() => prescription.ShipHome(fill.Id, Carrier, _rx.TrackingNumber(), at));

        Assert.IsType<FillMustBeHandedOutBeforeItsBeyondUseDateRule>(dispensed.BrokenRule);
        Assert.IsType<FillMustBeHandedOutBeforeItsBeyondUseDateRule>(shipped.BrokenRule);
        Assert.Contains("made again in a new batch", dispensed.Message);
        Assert.Equal((FillStatus.ReadyToDispense, PrescriptionStatus.ReadyToDispense), (fill.Status, prescription.Status));
        Assert.Null(fill.DispensedAt);
    }

    private (Prescription Prescription, Fill Fill) ReadyWithBeyondUseDate(DateTimeOffset beyondUseDate)
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);
        prescription.RecordBatchCompounded(fill.Id, beyondUseDate, "Refrigerator");
        prescription.RecordBatchReleased(fill.Id, batch.Id, batch.Number, RxFaker.Now.AddDays(1));
        return (prescription, fill);
    }

    [Fact]
    public void A_rejected_batch_holds_the_fill_and_the_prescription_with_qualitys_reason()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);

        prescription.RecordBatchRejected(fill.Id, batch.Number, "potency 86% of label", "QA Lead", RxFaker.Now);

        Assert.Equal(PrescriptionStatus.OnHold, prescription.Status);
        Assert.Equal(FillStatus.OnHold, fill.Status);
        Assert.Equal($"Batch {batch.Number} rejected by quality: potency 86% of label", prescription.HoldReason);
        Assert.Equal(PrescriptionStatus.InProduction, prescription.StatusBeforeHold);
    }

    [Fact]
    public void Lifting_the_hold_after_a_rejected_batch_asks_compounding_for_the_fill_again()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);
        prescription.RecordBatchRejected(fill.Id, batch.Number, "failed appearance", "QA Lead", RxFaker.Now);

        prescription.Resume(RxFaker.Now.AddHours(1));

        Assert.Equal(PrescriptionStatus.Verified, prescription.Status);
        Assert.Equal(FillStatus.Requested, fill.Status);
        Assert.Null(fill.BatchId);
        Assert.Equal(fill.Id, Assert.Single(prescription.DomainEvents.OfType<FillRequestedDomainEvent>()).FillId);
    }

    [Fact]
    public void A_release_arriving_during_a_hold_is_kept_for_when_the_hold_is_lifted()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);
        prescription.PutOnHold("Patient asked us to wait", RxFaker.Technician, RxFaker.Now);

        prescription.RecordBatchReleased(fill.Id, batch.Id, batch.Number, RxFaker.Now);

        Assert.Equal((PrescriptionStatus.OnHold, PrescriptionStatus.ReadyToDispense), (prescription.Status, prescription.StatusBeforeHold));
        prescription.Resume(RxFaker.Now.AddDays(1));
        Assert.Equal(PrescriptionStatus.ReadyToDispense, prescription.Status);
    }

    [Fact]
    public void A_release_for_a_cancelled_prescription_changes_nothing()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.Cancel("Patient moved away", RxFaker.Pharmacist, RxFaker.Now);

        prescription.RecordBatchReleased(fill.Id, batch.Id, batch.Number, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.Cancelled, prescription.Status);
        Assert.Equal(FillStatus.Cancelled, fill.Status);
    }

    [Fact]
    public void Cancelling_a_prescription_tells_compounding_which_batch_each_open_fill_was_planned_on()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);
        prescription.ClearDomainEvents();

        prescription.Cancel("Prescriber stopped the therapy", RxFaker.Pharmacist, RxFaker.Now);

        var cancelled = Assert.Single(prescription.DomainEvents.OfType<FillCancelledDomainEvent>());
        Assert.Equal((fill.Id, (Guid?)batch.Id, "Prescriber stopped the therapy"), (cancelled.FillId, cancelled.BatchId, cancelled.Reason));
        Assert.Single(prescription.DomainEvents.OfType<PrescriptionCancelledDomainEvent>());
    }

    [Fact]
    public void A_fill_still_in_production_cannot_be_dispensed()
    {
        var (prescription, fill) = _rx.Verified();
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.PickUp(fill.Id, RxFaker.Now));

        Assert.IsType<PrescriptionMustBeReadyToDispenseRule>(broken.BrokenRule);
        Assert.Equal(FillStatus.InProduction, fill.Status);
    }

    [Fact]
    public void A_ready_fill_of_a_prescription_on_hold_cannot_be_handed_out()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.PutOnHold("Prescriber asked to stop", RxFaker.Pharmacist, RxFaker.Now);

        Assert.IsType<PrescriptionMustBeReadyToDispenseRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.PickUp(fill.Id, RxFaker.Now)).BrokenRule);
    }

    [Fact]
    public void A_ready_fill_picked_up_is_dispensed_and_billing_learns_who_pays()
    {
        var (prescription, fill, batch) = _rx.ReadyToDispense();
        prescription.Check(fill.Id, RxFaker.Now.AddMinutes(-5));

        prescription.PickUp(fill.Id, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.Dispensed, prescription.Status);
        Assert.Equal((FillStatus.Dispensed, DispenseMethod.PickedUp, RxFaker.Technician), (fill.Status, fill.Method, fill.DispensedBy));
        var dispensed = Assert.Single(prescription.DomainEvents.OfType<FillDispensedDomainEvent>());
        Assert.Equal($"{prescription.Patient.FirstName} {prescription.Patient.LastName}", dispensed.PatientName);
        Assert.Equal((prescription.PrescriberId, batch.Id, DispenseMethod.PickedUp), (dispensed.PrescriberId, dispensed.BatchId, dispensed.Method));
        Assert.Null(dispensed.TrackingNumber);
    }

    [Fact]
    public void A_dispensed_fill_cannot_be_handed_out_again()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        prescription.CheckAndPickUp(fill.Id, RxFaker.Now);

        Assert.IsType<PrescriptionMustBeReadyToDispenseRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.ShipHome(fill.Id, Carrier, _rx.TrackingNumber(), RxFaker.Now)).BrokenRule);
    }

    [Theory]
    [InlineData(null, "1Z999AA10123456784")]
    [InlineData("UPS", "")]
    [InlineData(" ", " ")]
    public void Shipping_needs_a_carrier_and_a_tracking_number(string? carrier, string? trackingNumber)
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();

        Assert.IsType<ShipmentNeedsCarrierAndTrackingNumberRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.ShipHome(fill.Id, carrier, trackingNumber, RxFaker.Now)).BrokenRule);
        Assert.Equal(FillStatus.ReadyToDispense, fill.Status);
    }

    [Fact]
    public void A_shipped_fill_keeps_its_carrier_and_tracking_number()
    {
        var (prescription, fill, _) = _rx.ReadyToDispense();
        var tracking = _rx.TrackingNumber();
        prescription.Check(fill.Id, RxFaker.Now.AddMinutes(-5));

        prescription.ShipHome(fill.Id, Carrier, tracking, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.Shipped, prescription.Status);
        Assert.Equal((FillStatus.Shipped, Carrier, tracking), (fill.Status, fill.Carrier, fill.TrackingNumber));
        var shipped = Assert.Single(prescription.DomainEvents.OfType<FillDispensedDomainEvent>());
        Assert.Equal((DispenseMethod.Shipped, Carrier, tracking), (shipped.Method, shipped.Carrier, shipped.TrackingNumber));
    }
}

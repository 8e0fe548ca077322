using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class RefillTests
{
    private const string OverrideReason = "Patient travels abroad for six weeks from Friday";

    private readonly RxFaker _rx = new();

    /// <summary>The original fill of 30 days supply picked up at <see cref="RxFaker.Now"/>.</summary>
    private (Prescription Prescription, Fill Original) HandedOut(int refills = 2)
    {
        var (prescription, fill, _) = _rx.ReadyToDispense(refills);
        prescription.CheckAndPickUp(fill.Id, RxFaker.Now);
        prescription.ClearDomainEvents();
        return (prescription, fill);
    }

    private static DateTimeOffset AfterShareOfDaysSupply(int percent) => RxFaker.Now.AddDays(RxFaker.DaysSupply * percent / 100.0);

    [Fact]
    public void A_refill_at_75_percent_of_the_days_supply_is_a_new_fill_sent_to_compounding_and_a_refill_fewer_remains()
    {
        var (prescription, _) = HandedOut();
        var at = AfterShareOfDaysSupply(75);

        var refill = prescription.RequestRefill(at);

        Assert.Equal((1, FillStatus.Requested, RxFaker.Capsules), (refill.Number, refill.Status, refill.Quantity));
        Assert.Equal((1, PrescriptionStatus.Verified), (prescription.RefillsRemaining, prescription.Status));
        var requested = Assert.Single(prescription.DomainEvents.OfType<FillRequestedDomainEvent>());
        Assert.Equal((refill.Id, 1, RxFaker.DaysSupply), (requested.FillId, requested.FillNumber, requested.DaysSupply));
        Assert.Null(refill.TooSoonOverriddenBy);
    }

    [Fact]
    public void A_refill_at_74_percent_of_the_days_supply_is_too_soon_and_changes_nothing()
    {
        var (prescription, _) = HandedOut();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.RequestRefill(AfterShareOfDaysSupply(74)));

        Assert.IsType<RefillMustNotBeTooSoonRule>(broken.BrokenRule);
        Assert.Contains("too soon", broken.Message);
        Assert.Contains(RxFaker.Now.AddDays(22.5).ToString("yyyy-MM-dd"), broken.Message);
        Assert.Equal((1, 2), (prescription.Fills.Count, prescription.RefillsRemaining));
        Assert.Empty(prescription.DomainEvents);
    }

    [Fact]
    public void A_pharmacist_may_give_a_refill_too_soon_with_a_reason_kept_on_the_fill()
    {
        var (prescription, _) = HandedOut();
        var at = AfterShareOfDaysSupply(10);

        var refill = prescription.RefillTooSoon(OverrideReason, RxFaker.Pharmacist, at);

        Assert.Equal((RxFaker.Pharmacist, OverrideReason, at), (refill.TooSoonOverriddenBy, refill.TooSoonOverrideReason, refill.TooSoonOverriddenAt));
        Assert.Equal(1, prescription.RefillsRemaining);
    }

    [Fact]
    public void Overriding_too_soon_needs_a_reason()
    {
        var (prescription, _) = HandedOut();

        Assert.IsType<ReasonMustBeGivenRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.RefillTooSoon(" ", RxFaker.Pharmacist, RxFaker.Now)).BrokenRule);
    }

    [Fact]
    public void A_prescription_with_no_refills_left_is_refused_even_by_a_pharmacist()
    {
        var (prescription, _) = HandedOut(refills: 0);
        var at = AfterShareOfDaysSupply(100);

        Assert.IsType<PrescriptionMustHaveRefillsRemainingRule>(Assert.Throws<BusinessRuleValidationException>(() => prescription.RequestRefill(at)).BrokenRule);
        Assert.IsType<PrescriptionMustHaveRefillsRemainingRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.RefillTooSoon(OverrideReason, RxFaker.Pharmacist, at)).BrokenRule);
        Assert.Single(prescription.Fills);
    }

    [Fact]
    public void The_last_refill_counts_down_to_none_and_the_next_is_refused()
    {
        var (prescription, _) = HandedOut(refills: 1);
        var refill = prescription.RequestRefill(AfterShareOfDaysSupply(80));
        var batch = _rx.Batch();
        prescription.RecordBatchPlanned(refill.Id, batch.Id, batch.Number);
        prescription.RecordBatchReleased(refill.Id, batch.Id, batch.Number, AfterShareOfDaysSupply(85));
        prescription.CheckAndPickUp(refill.Id, AfterShareOfDaysSupply(90));

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.RequestRefill(AfterShareOfDaysSupply(200)));

        Assert.Equal(0, prescription.RefillsRemaining);
        Assert.IsType<PrescriptionMustHaveRefillsRemainingRule>(broken.BrokenRule);
        Assert.Contains("All 1 refills", broken.Message);
    }

    [Fact]
    public void A_refill_after_the_stored_expiry_is_refused()
    {
        var (prescription, _) = HandedOut();
        var dayAfterExpiry = new DateTimeOffset(prescription.ExpiresOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.RequestRefill(dayAfterExpiry));

        Assert.IsType<PrescriptionMustNotBeExpiredRule>(broken.BrokenRule);
        Assert.Contains($"expired on {prescription.ExpiresOn:yyyy-MM-dd}", broken.Message);
    }

    [Fact]
    public void A_refill_before_the_previous_fill_was_handed_out_is_refused()
    {
        var (prescription, _, _) = _rx.ReadyToDispense();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.RequestRefill(AfterShareOfDaysSupply(100)));

        Assert.IsType<PreviousFillMustBeHandedOutRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_clinics_request_too_soon_waits_for_a_pharmacist_with_the_reason()
    {
        var (prescription, _) = HandedOut();

        var refill = prescription.ReceiveRefillRequest("Dr Lee's office (portal)", AfterShareOfDaysSupply(50));

        Assert.Null(refill);
        Assert.Equal(RefillRequestStatus.Pending, prescription.RefillRequestStatus);
        Assert.Contains("too soon", prescription.RefillRequestRefusal);
        Assert.Single(prescription.Fills);
        Assert.Single(prescription.DomainEvents.OfType<PrescriptionProgressedDomainEvent>());
    }

    [Fact]
    public void A_pharmacist_approving_a_waiting_request_gives_the_refill_with_the_reason()
    {
        var (prescription, _) = HandedOut();
        prescription.ReceiveRefillRequest("Clinic", AfterShareOfDaysSupply(50));

        var refill = prescription.ApproveRefillRequest(OverrideReason, RxFaker.Pharmacist, AfterShareOfDaysSupply(51));

        Assert.Equal(RefillRequestStatus.Approved, prescription.RefillRequestStatus);
        Assert.Equal((RxFaker.Pharmacist, OverrideReason), (refill.TooSoonOverriddenBy, refill.TooSoonOverrideReason));
        Assert.Equal(RxFaker.Pharmacist, prescription.RefillRequestDecidedBy);
    }

    [Fact]
    public void A_pharmacist_declines_a_waiting_request_with_a_reason_and_it_cannot_be_decided_twice()
    {
        var (prescription, _) = HandedOut();
        prescription.ReceiveRefillRequest("Clinic", AfterShareOfDaysSupply(50));

        prescription.DeclineRefillRequest("Dose under review with the prescriber", RxFaker.Pharmacist, AfterShareOfDaysSupply(51));

        Assert.Equal((RefillRequestStatus.Declined, "Dose under review with the prescriber"),
            (prescription.RefillRequestStatus, prescription.RefillRequestDecisionReason));
        Assert.IsType<RefillRequestMustBePendingRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.ApproveRefillRequest(OverrideReason, RxFaker.Pharmacist, AfterShareOfDaysSupply(52))).BrokenRule);
        Assert.Single(prescription.Fills);
    }

    [Fact]
    public void A_clinics_request_in_time_is_the_new_fill_at_once()
    {
        var (prescription, _) = HandedOut();

        var refill = prescription.ReceiveRefillRequest("Clinic", AfterShareOfDaysSupply(75));

        Assert.NotNull(refill);
        Assert.Null(prescription.RefillRequestStatus);
        Assert.Equal(2, prescription.Fills.Count);
    }
}

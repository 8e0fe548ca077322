using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class VerificationTests
{
    private readonly RxFaker _rx = new();

    [Fact]
    public void A_pharmacist_verifying_a_received_prescription_is_recorded_with_the_time()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = _rx.Received(prescriber);

        prescription.Verify(prescriber, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.Verified, prescription.Status);
        Assert.Equal(RxFaker.Pharmacist, prescription.VerifiedBy);
        Assert.Equal(RxFaker.Now, prescription.VerifiedAt);
        var verified = Assert.Single(prescription.DomainEvents.OfType<PrescriptionVerifiedDomainEvent>());
        Assert.Equal(RxFaker.Pharmacist, verified.VerifiedBy);
    }

    [Fact]
    public void Verifying_requests_the_original_fill_for_the_prescribed_quantity()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = _rx.Received(prescriber);

        var fill = prescription.Verify(prescriber, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now);

        Assert.Same(fill, Assert.Single(prescription.Fills));
        Assert.Equal(Fill.OriginalFillNumber, fill.Number);
        Assert.Equal(RxFaker.Capsules, fill.Quantity);
        Assert.Equal(FillStatus.Requested, fill.Status);
        Assert.Null(fill.BatchId);
        var requested = Assert.Single(prescription.DomainEvents.OfType<FillRequestedDomainEvent>());
        Assert.Equal((fill.Id, prescription.Id, Fill.OriginalFillNumber, "LDN-4.5-CAP", RxFaker.Capsules, RxFaker.DaysSupply),
            (requested.FillId, requested.PrescriptionId, requested.FillNumber, requested.FormulaCode, requested.Quantity, requested.DaysSupply));
    }

    [Fact]
    public void A_prescription_cannot_be_verified_twice()
    {
        var (prescription, _) = _rx.Verified();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.Verify(_rx.ActivePrescriber(), RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now));

        Assert.IsType<OnlyAReceivedPrescriptionCanBeVerifiedRule>(broken.BrokenRule);
        Assert.Single(prescription.Fills);
    }

    [Fact]
    public void A_prescription_waiting_for_the_prescribers_answer_cannot_be_verified()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = _rx.Received(prescriber);
        prescription.RequestClarification("Which strength: 1.5 mg or 4.5 mg?", RxFaker.Technician, RxFaker.Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.Verify(prescriber, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now));

        Assert.IsType<OnlyAReceivedPrescriptionCanBeVerifiedRule>(broken.BrokenRule);
        Assert.Contains("answer", broken.Message);
        Assert.Empty(prescription.Fills);
    }

    [Fact]
    public void A_prescription_on_hold_cannot_be_verified()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = _rx.Received(prescriber);
        prescription.PutOnHold("Prior authorisation pending", RxFaker.Technician, RxFaker.Now);

        Assert.IsType<OnlyAReceivedPrescriptionCanBeVerifiedRule>(
            Assert.Throws<BusinessRuleValidationException>(() => prescription.Verify(prescriber, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now)).BrokenRule);
    }

    [Fact]
    public void Verifying_a_prescription_without_an_active_prescriber_is_refused()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = _rx.Received(prescriber);
        prescriber.Suspend("Licence under board review", RxFaker.Now.AddHours(-1), RxFaker.Now.AddHours(-1));

        var broken = Assert.Throws<BusinessRuleValidationException>(() => prescription.Verify(prescriber, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now));

        Assert.IsType<PrescriberMustBeActiveToVerifyRule>(broken.BrokenRule);
        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
    }

    [Fact]
    public void A_prescription_that_expired_while_waiting_cannot_be_verified()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = _rx.Received(prescriber, writtenOn: RxFaker.Today.AddYears(-1));

        Assert.IsType<PrescriptionMustNotBeExpiredRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Verify(prescriber, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now.AddDays(1))).BrokenRule);
    }
}

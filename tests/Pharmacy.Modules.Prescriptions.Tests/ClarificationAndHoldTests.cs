using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class ClarificationAndHoldTests
{
    private const string Question = "Directions read \"use as directed\": what dose and how often?";
    private const string Answer = "One capsule at bedtime. Dr. Marsh, by phone.";

    private readonly RxFaker _rx = new();

    [Fact]
    public void A_clarification_round_trip_returns_the_prescription_to_verification_with_the_question_and_answer_kept()
    {
        var prescription = _rx.Received();

        prescription.RequestClarification(Question, RxFaker.Technician, RxFaker.Now);
        Assert.Equal(PrescriptionStatus.NeedsClarification, prescription.Status);
        Assert.Null(prescription.ClarificationAnswer);

        prescription.AnswerClarification(Answer, RxFaker.Pharmacist, RxFaker.Now.AddHours(1));

        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
        Assert.Equal((Question, RxFaker.Technician), (prescription.ClarificationQuestion, prescription.ClarificationAskedBy));
        Assert.Equal((Answer, RxFaker.Pharmacist), (prescription.ClarificationAnswer, prescription.ClarificationAnsweredBy));
    }

    [Fact]
    public void A_second_question_replaces_the_answered_one()
    {
        var prescription = _rx.Received();
        prescription.RequestClarification(Question, RxFaker.Technician, RxFaker.Now);
        prescription.AnswerClarification(Answer, RxFaker.Technician, RxFaker.Now);

        prescription.RequestClarification("And for how many days?", RxFaker.Pharmacist, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.NeedsClarification, prescription.Status);
        Assert.Equal("And for how many days?", prescription.ClarificationQuestion);
        Assert.Null(prescription.ClarificationAnswer);
    }

    [Fact]
    public void A_question_cannot_be_asked_once_the_prescription_is_verified()
    {
        var (prescription, _) = _rx.Verified();

        Assert.IsType<ClarificationCanOnlyBeRequestedBeforeVerificationRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.RequestClarification(Question, RxFaker.Technician, RxFaker.Now)).BrokenRule);
    }

    [Fact]
    public void An_answer_without_an_open_question_is_refused()
    {
        var prescription = _rx.Received();

        Assert.IsType<AnswerNeedsAnOpenClarificationRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.AnswerClarification(Answer, RxFaker.Technician, RxFaker.Now)).BrokenRule);
    }

    [Fact]
    public void A_blank_question_is_refused() =>
        Assert.IsType<TextMustBeGivenRule>(Assert.Throws<BusinessRuleValidationException>(
            () => _rx.Received().RequestClarification("  ", RxFaker.Technician, RxFaker.Now)).BrokenRule);

    [Fact]
    public void A_prescription_put_on_hold_while_awaiting_an_answer_returns_there_when_resumed()
    {
        var prescription = _rx.Received();
        prescription.RequestClarification(Question, RxFaker.Technician, RxFaker.Now);

        prescription.PutOnHold("Patient travelling until Monday", RxFaker.Technician, RxFaker.Now);
        Assert.Equal((PrescriptionStatus.OnHold, PrescriptionStatus.NeedsClarification), (prescription.Status, prescription.StatusBeforeHold));

        prescription.Resume(RxFaker.Now.AddDays(3));

        Assert.Equal(PrescriptionStatus.NeedsClarification, prescription.Status);
        Assert.Null(prescription.HoldReason);
    }

    [Fact]
    public void A_hold_needs_a_reason() =>
        Assert.IsType<ReasonMustBeGivenRule>(Assert.Throws<BusinessRuleValidationException>(
            () => _rx.Received().PutOnHold("", RxFaker.Technician, RxFaker.Now)).BrokenRule);

    [Fact]
    public void A_prescription_already_on_hold_cannot_be_held_again()
    {
        var prescription = _rx.Received();
        prescription.PutOnHold("Prior authorisation pending", RxFaker.Technician, RxFaker.Now);

        Assert.IsType<PrescriptionMustNotAlreadyBeOnHoldRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.PutOnHold("Another reason", RxFaker.Technician, RxFaker.Now)).BrokenRule);
    }

    [Fact]
    public void Only_a_prescription_on_hold_can_be_resumed() =>
        Assert.IsType<OnlyAPrescriptionOnHoldCanBeResumedRule>(Assert.Throws<BusinessRuleValidationException>(
            () => _rx.Received().Resume(RxFaker.Now)).BrokenRule);

    [Fact]
    public void Cancelling_a_verified_prescription_cancels_the_fill_that_was_not_yet_made()
    {
        var (prescription, fill) = _rx.Verified();

        prescription.Cancel("Prescriber changed therapy", RxFaker.Pharmacist, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.Cancelled, prescription.Status);
        Assert.Equal(FillStatus.Cancelled, fill.Status);
        Assert.Equal(("Prescriber changed therapy", RxFaker.Pharmacist), (prescription.CancellationReason, prescription.CancelledBy));
    }

    [Fact]
    public void A_prescription_on_hold_can_be_cancelled()
    {
        var prescription = _rx.Received();
        prescription.PutOnHold("Prior authorisation pending", RxFaker.Technician, RxFaker.Now);

        prescription.Cancel("Prior authorisation denied", RxFaker.Pharmacist, RxFaker.Now);

        Assert.Equal(PrescriptionStatus.Cancelled, prescription.Status);
    }

    [Fact]
    public void A_cancelled_prescription_can_no_longer_be_held_or_cancelled()
    {
        var prescription = _rx.Received();
        prescription.Cancel("Duplicate of an earlier prescription", RxFaker.Pharmacist, RxFaker.Now);

        Assert.IsType<PrescriptionMustBeOpenRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.PutOnHold("Too late", RxFaker.Technician, RxFaker.Now)).BrokenRule);
        Assert.IsType<PrescriptionMustBeOpenRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Cancel("Again", RxFaker.Pharmacist, RxFaker.Now)).BrokenRule);
    }
}

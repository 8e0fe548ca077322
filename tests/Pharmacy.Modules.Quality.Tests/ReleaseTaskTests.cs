using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Kernel;
using static Pharmacy.Modules.Quality.Tests.BatchFaker;

namespace Pharmacy.Modules.Quality.Tests;

public sealed class ReleaseTaskTests
{
    private const string InRangePh = "9.6";
    private readonly BatchFaker _batches = new();

    [Fact]
    public void A_compounded_batch_joins_the_release_queue_with_its_lots_fills_and_the_formula_checks()
    {
        var batch = _batches.Batch();

        var task = ReleaseTask.Open(batch, Now);

        Assert.Equal(ReleaseTaskStatus.Open, task.Status);
        Assert.Equal(batch.BatchNumber, task.BatchNumber);
        Assert.Equal(batch.FillIds, task.FillIds);
        Assert.Equal(batch.Lots, task.Lots);
        Assert.Equal([Appearance, Ph, Potency], task.Checks.Select(check => check.Name));
        Assert.All(task.Checks, check => Assert.False(check.HasResult));
    }

    [Fact]
    public void A_batch_whose_formula_lists_no_checks_still_gets_a_visual_inspection()
    {
        var task = ReleaseTask.Open(_batches.Batch(checks: []), Now);

        Assert.Equal(ReleaseTask.VisualInspection.Name, Assert.Single(task.Checks).Name);
    }

    [Fact]
    public void A_batch_cannot_be_released_while_a_check_has_no_result()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);
        task.RecordResult(Appearance, "Uniform white suspension", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "101.2", outcome: null, _batches.Reviewer(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.Release(_batches.Signature(), Now));

        Assert.IsType<EveryQcCheckMustHaveAResultRule>(broken.BrokenRule);
        Assert.Equal("pH has no result yet.", broken.Message);
    }

    [Fact]
    public void A_batch_with_a_failed_potency_cannot_be_released_and_the_message_says_by_how_much()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);
        task.RecordResult(Appearance, "Uniform white suspension", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Ph, InRangePh, QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "87", outcome: null, _batches.Reviewer(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.Release(_batches.Signature(), Now));

        Assert.IsType<EveryQcCheckMustPassRule>(broken.BrokenRule);
        Assert.Equal("Potency failed: 87% of label. Record a passing retest or reject the batch.", broken.Message);
        Assert.Equal(ReleaseTaskStatus.Open, task.Status);
    }

    [Theory]
    [InlineData("89.9", QcOutcome.Fail)]
    [InlineData("90", QcOutcome.Pass)]
    [InlineData("98.5 % of label", QcOutcome.Pass)]
    [InlineData("110%", QcOutcome.Pass)]
    [InlineData("110.1", QcOutcome.Fail)]
    public void Potency_entered_as_a_percentage_of_label_is_judged_against_90_to_110_percent(string result, QcOutcome expected)
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);

        task.RecordResult(Potency, result, outcome: null, _batches.Reviewer(), Now);

        Assert.Equal(expected, task.Checks.Single(check => check.Name == Potency).Outcome);
    }

    [Theory]
    [InlineData("94.9", QcOutcome.Fail)]
    [InlineData("95", QcOutcome.Pass)]
    [InlineData("105.1", QcOutcome.Fail)]
    public void A_formula_with_a_tighter_potency_range_is_judged_against_its_own_range(string result, QcOutcome expected)
    {
        var task = ReleaseTask.Open(_batches.Batch(checks: [new(Potency, "95.0-105.0% of label claim (HPLC)")]), Now);

        task.RecordResult(Potency, result, outcome: null, _batches.Reviewer(), Now);

        Assert.Equal(expected, Assert.Single(task.Checks).Outcome);
    }

    [Fact]
    public void A_potency_outside_its_range_cannot_be_recorded_as_a_pass()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => task.RecordResult(Potency, "87", QcOutcome.Pass, _batches.Reviewer(), Now));

        Assert.IsType<ResultOutsideItsLimitsCannotPassRule>(broken.BrokenRule);
        Assert.Equal("Potency 87% of label is outside 90-110% of label: it cannot pass.", broken.Message);
    }

    [Fact]
    public void A_reviewer_may_fail_a_potency_that_is_within_its_range()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);

        task.RecordResult(Potency, "100", QcOutcome.Fail, _batches.Reviewer(), Now);

        Assert.Equal(QcOutcome.Fail, task.Checks.Single(check => check.Name == Potency).Outcome);
    }

    [Fact]
    public void A_result_in_words_needs_the_reviewer_to_say_pass_or_fail()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => task.RecordResult(Appearance, "Uniform white suspension", outcome: null, _batches.Reviewer(), Now));

        Assert.IsType<QcResultMustSayPassOrFailRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_result_for_a_check_the_formula_does_not_ask_for_is_refused()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => task.RecordResult("Endotoxin", "< 0.5 EU/mL", QcOutcome.Pass, _batches.Reviewer(), Now));

        Assert.IsType<QcCheckMustBelongToTheBatchRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_second_result_is_a_retest_beside_the_first_and_the_check_stands_by_the_latest()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);
        task.RecordResult(Potency, "87", outcome: null, _batches.Reviewer(), Now);

        task.RecordResult(Potency, "97", outcome: null, _batches.Reviewer(), Now.AddHours(1));

        var potency = task.Standings.Single(check => check.Name == Potency);
        Assert.Equal([("87", QcOutcome.Fail, false), ("97", QcOutcome.Pass, true)], potency.Results.Select(r => (r.Result, r.Outcome, r.IsRetest)));
        Assert.Equal(QcOutcome.Pass, task.Checks.Single(check => check.Name == Potency).Outcome);
        Assert.Equal(1, task.ChecksWithResult);
        Assert.Equal(1, task.ChecksPassed);
        Assert.Equal("Potency retest: 97% of label (Pass)", task.LatestResult);
    }

    [Fact]
    public void Releasing_without_an_electronic_signature_is_refused()
    {
        var task = PassedEverything();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.Release(signature: null, Now));

        Assert.IsType<DecisionMustBeSignedRule>(broken.BrokenRule);
        Assert.Equal(ReleaseTaskStatus.Open, task.Status);
    }

    [Fact]
    public void Releasing_a_batch_whose_every_check_passed_tells_the_other_modules_who_signed_and_which_fills_may_go()
    {
        var task = PassedEverything();
        var signature = _batches.Signature();

        task.Release(signature, Now.AddHours(3));

        Assert.Equal(ReleaseTaskStatus.Released, task.Status);
        Assert.Equal(signature.Meaning, task.SignatureMeaning);
        var released = Assert.IsType<BatchReleasedDomainEvent>(Assert.Single(task.DomainEvents));
        Assert.Equal(signature.SignedBy, released.ReleasedBy);
        Assert.Equal(task.FillIds, released.FillIds);
    }

    [Fact]
    public void Rejecting_a_batch_needs_a_reason()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.Reject(" ", _batches.Signature(), Now));

        Assert.IsType<RejectionMustGiveAReasonRule>(broken.BrokenRule);
    }

    [Fact]
    public void Rejecting_a_batch_with_a_reason_and_a_signature_tells_the_other_modules_why()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);
        task.RecordResult(Potency, "87", outcome: null, _batches.Reviewer(), Now);
        var signature = _batches.Signature("Rejected: the batch does not meet its specifications");

        task.Reject("Potency 87% of label", signature, Now);

        Assert.Equal(ReleaseTaskStatus.Rejected, task.Status);
        var rejected = Assert.IsType<BatchRejectedDomainEvent>(Assert.Single(task.DomainEvents));
        Assert.Equal("Potency 87% of label", rejected.Reason);
        Assert.Equal(signature.SignedBy, rejected.RejectedBy);
    }

    [Fact]
    public void A_decided_batch_takes_no_more_results_and_no_second_decision()
    {
        var task = PassedEverything();
        task.Release(_batches.Signature(), Now);

        var lateResult = Assert.Throws<BusinessRuleValidationException>(
            () => task.RecordResult(Ph, InRangePh, QcOutcome.Pass, _batches.Reviewer(), Now));
        var lateRejection = Assert.Throws<BusinessRuleValidationException>(() => task.Reject("Second thoughts", _batches.Signature(), Now));

        Assert.IsType<ReleaseTaskMustBeOpenRule>(lateResult.BrokenRule);
        Assert.IsType<ReleaseTaskMustBeOpenRule>(lateRejection.BrokenRule);
    }

    [Fact]
    public void A_batch_cannot_be_released_on_or_after_its_beyond_use_date_even_with_every_check_passed()
    {
        var onTheDate = PassedEverything();
        var afterIt = PassedEverything();

        var atBud = Assert.Throws<BusinessRuleValidationException>(() => onTheDate.Release(_batches.Signature(), onTheDate.BeyondUseDate));
        var late = Assert.Throws<BusinessRuleValidationException>(() => afterIt.Release(_batches.Signature(), afterIt.BeyondUseDate.AddDays(3)));

        Assert.IsType<BatchCannotBeReleasedOnOrAfterItsBeyondUseDateRule>(atBud.BrokenRule);
        Assert.IsType<BatchCannotBeReleasedOnOrAfterItsBeyondUseDateRule>(late.BrokenRule);
        Assert.Equal(ReleaseTaskStatus.Open, afterIt.Status);
        Assert.Empty(afterIt.DomainEvents);
    }

    private ReleaseTask PassedEverything()
    {
        var task = ReleaseTask.Open(_batches.Batch(), Now);
        task.RecordResult(Appearance, "Uniform white suspension", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Ph, InRangePh, QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "99.1", outcome: null, _batches.Reviewer(), Now);
        return task;
    }
}

using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Kernel;
using static Pharmacy.Modules.Quality.Tests.BatchFaker;

namespace Pharmacy.Modules.Quality.Tests;

/// <summary>QC results in each check's own unit, retests beside the first result, and the pharmacist's investigation of a failure.</summary>
public sealed class QcResultsAndInvestigationsTests
{
    private const string Findings = "Sample taken from the first capsules filled; a blend uniformity retest from the mid-run sample passed.";
    private readonly BatchFaker _batches = new();

    [Theory]
    [InlineData("4.6")]
    [InlineData("4.6 mg")]
    [InlineData("4.6 mg/capsule")]
    [InlineData("4.60 mg per capsule")]
    public void A_potency_of_4_6_mg_per_capsule_passes_against_4_28_to_4_73(string result)
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);

        task.RecordResult(Potency, result, outcome: null, _batches.Reviewer(), Now);

        var potency = Assert.Single(task.Standings, check => check.Name == Potency);
        Assert.Equal(QcOutcome.Pass, potency.Outcome);
        Assert.Equal(4.6m, potency.Latest!.Value);
        Assert.Equal("4.6 mg per capsule", potency.Latest.InWords(potency.Check, task.Unit));
    }

    [Fact]
    public void A_potency_of_4_6_on_a_percent_of_label_check_is_4_6_percent_of_label_and_fails()
    {
        var task = ReleaseTask.Open(_batches.Batch(MeasuredSuspensionChecks), Now);

        task.RecordResult(Potency, "4.6", outcome: null, _batches.Reviewer(), Now);

        Assert.Equal(QcOutcome.Fail, task.Checks.Single(check => check.Name == Potency).Outcome);
        Assert.Equal("Potency: 4.6% of label (Fail)", task.LatestResult);
    }

    [Fact]
    public void A_potency_in_mg_outside_its_limits_cannot_be_recorded_as_a_pass()
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => task.RecordResult(Potency, "4.1 mg", QcOutcome.Pass, _batches.Reviewer(), Now));

        Assert.IsType<ResultOutsideItsLimitsCannotPassRule>(broken.BrokenRule);
        Assert.Equal("Potency 4.1 mg per capsule is outside 4.28-4.73 mg per capsule: it cannot pass.", broken.Message);
        Assert.Empty(task.Results);
    }

    [Fact]
    public void A_pH_of_15_is_refused_as_no_pH_can_be_and_nothing_is_recorded()
    {
        var task = ReleaseTask.Open(_batches.Batch(MeasuredSuspensionChecks), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.RecordResult(Ph, "15", outcome: null, _batches.Reviewer(), Now));

        Assert.IsType<QcResultMustBePlausibleRule>(broken.BrokenRule);
        Assert.Contains("pH is between 0 and 14", broken.Message);
        Assert.Empty(task.Results);
        Assert.Equal(0, task.ChecksWithResult);
    }

    [Theory]
    [InlineData("pH 9.5", QcOutcome.Pass)]
    [InlineData("9.5", QcOutcome.Pass)]
    [InlineData("pH 8.7", QcOutcome.Fail)]
    public void A_pH_is_read_with_or_without_its_unit_and_judged_against_its_limits(string result, QcOutcome expected)
    {
        var task = ReleaseTask.Open(_batches.Batch(MeasuredSuspensionChecks), Now);

        task.RecordResult(Ph, result, outcome: null, _batches.Reviewer(), Now);

        Assert.Equal(expected, task.Checks.Single(check => check.Name == Ph).Outcome);
    }

    [Theory]
    [InlineData(Potency, "250", "a potency is between 0 and 200% of label")]
    [InlineData(Ph, "-1", "as a number in pH")]
    public void A_percentage_above_200_or_a_negative_pH_is_refused(string check, string result, string expected)
    {
        var task = ReleaseTask.Open(_batches.Batch(MeasuredSuspensionChecks), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.RecordResult(check, result, outcome: null, _batches.Reviewer(), Now));

        Assert.Contains(expected, broken.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50 mg")]
    public void Milligrams_per_capsule_of_nothing_or_more_than_ten_times_the_highest_limit_are_refused(string result)
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.RecordResult(Potency, result, outcome: null, _batches.Reviewer(), Now));

        Assert.IsType<QcResultMustBePlausibleRule>(broken.BrokenRule);
        Assert.Contains("at most 47.3 mg per capsule", broken.Message);
    }

    [Theory]
    [InlineData("99.2%")]
    [InlineData("conforms")]
    public void A_result_that_is_not_a_number_in_the_check_unit_is_refused_naming_the_unit_expected(string result)
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => task.RecordResult(Potency, result, QcOutcome.Pass, _batches.Reviewer(), Now));

        Assert.IsType<QcResultMustBeANumberInItsUnitRule>(broken.BrokenRule);
        Assert.Equal("Enter the Potency result as a number in mg per capsule, for example 4.6.", broken.Message);
    }

    [Fact]
    public void A_fail_then_a_passing_retest_keeps_both_results_and_the_release_waits_for_the_investigation()
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);
        task.RecordResult(Appearance, "Uniform opaque capsules", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "4.1", outcome: null, _batches.Reviewer(), Now);

        task.RecordResult(Potency, "4.52", outcome: null, _batches.Reviewer(), Now.AddHours(2));
        var refused = Assert.Throws<BusinessRuleValidationException>(() => task.Release(_batches.Signature(), Now.AddHours(3)));

        var potency = task.Standings.Single(check => check.Name == Potency);
        Assert.Equal([(4.1m, QcOutcome.Fail, false), (4.52m, QcOutcome.Pass, true)], potency.Results.Select(r => (r.Value!.Value, r.Outcome, r.IsRetest)));
        Assert.IsType<EveryFailedQcResultMustBeInvestigatedRule>(refused.BrokenRule);
        Assert.Contains("a pharmacist must document and sign the investigation", refused.Message);
        Assert.Equal(ReleaseTaskStatus.Open, task.Status);

        task.DocumentInvestigation(Potency, Findings, _batches.PharmacistSignature(), signedByPharmacist: true, Now.AddHours(4));
        task.Release(_batches.Signature(), Now.AddHours(5));

        Assert.Equal(ReleaseTaskStatus.Released, task.Status);
        Assert.Equal(Findings, Assert.Single(task.Investigations).Findings);
    }

    [Fact]
    public void An_investigated_failure_without_a_passing_retest_still_holds_the_release()
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);
        task.RecordResult(Appearance, "Uniform opaque capsules", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "4.1", outcome: null, _batches.Reviewer(), Now);
        task.DocumentInvestigation(Potency, Findings, _batches.PharmacistSignature(), signedByPharmacist: true, Now);

        var refused = Assert.Throws<BusinessRuleValidationException>(() => task.Release(_batches.Signature(), Now));

        Assert.IsType<EveryQcCheckMustPassRule>(refused.BrokenRule);
        Assert.Equal("Potency failed: 4.1 mg per capsule. Record a passing retest or reject the batch.", refused.Message);
    }

    [Fact]
    public void A_failure_recorded_after_an_investigation_needs_an_investigation_of_its_own()
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);
        task.RecordResult(Appearance, "Uniform opaque capsules", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "4.1", outcome: null, _batches.Reviewer(), Now);
        task.DocumentInvestigation(Potency, Findings, _batches.PharmacistSignature(), signedByPharmacist: true, Now);
        task.RecordResult(Potency, "4.8", outcome: null, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "4.5", outcome: null, _batches.Reviewer(), Now);

        var refused = Assert.Throws<BusinessRuleValidationException>(() => task.Release(_batches.Signature(), Now));

        Assert.IsType<EveryFailedQcResultMustBeInvestigatedRule>(refused.BrokenRule);
        Assert.Equal([2], task.Standings.Single(check => check.Name == Potency).UninvestigatedFailures.Select(result => result.Sequence));
    }

    [Fact]
    public void An_investigation_signed_by_someone_who_is_not_a_pharmacist_is_refused_and_nothing_is_documented()
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);
        task.RecordResult(Potency, "4.1", outcome: null, _batches.Reviewer(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => task.DocumentInvestigation(Potency, Findings, _batches.Signature(), signedByPharmacist: false, Now));

        Assert.IsType<QcInvestigationMustBeSignedByAPharmacistRule>(broken.BrokenRule);
        Assert.Contains("signed by a pharmacist", broken.Message);
        Assert.Empty(task.Investigations);
    }

    [Fact]
    public void An_investigation_needs_its_findings_and_a_failed_result_to_investigate()
    {
        var task = ReleaseTask.Open(_batches.CapsuleBatch(), Now);
        task.RecordResult(Appearance, "Uniform opaque capsules", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "4.1", outcome: null, _batches.Reviewer(), Now);

        var nothingFailed = Assert.Throws<BusinessRuleValidationException>(
            () => task.DocumentInvestigation(Appearance, Findings, _batches.PharmacistSignature(), signedByPharmacist: true, Now));
        var noFindings = Assert.Throws<BusinessRuleValidationException>(
            () => task.DocumentInvestigation(Potency, " ", _batches.PharmacistSignature(), signedByPharmacist: true, Now));

        Assert.IsType<QcInvestigationNeedsAFailedResultRule>(nothingFailed.BrokenRule);
        Assert.Equal("Appearance has no failed result to investigate.", nothingFailed.Message);
        Assert.IsType<QcInvestigationMustGiveFindingsRule>(noFindings.BrokenRule);
        Assert.Empty(task.Investigations);
    }

    [Fact]
    public void A_batch_announced_without_measures_reads_potency_as_percent_of_label_and_the_other_checks_as_pass_or_fail()
    {
        var task = ReleaseTask.Open(_batches.Batch(SuspensionChecks), Now);

        task.RecordResult(Potency, "4.6", outcome: null, _batches.Reviewer(), Now);
        task.RecordResult(Potency, "Within label claim (see lab report)", QcOutcome.Pass, _batches.Reviewer(), Now);
        task.RecordResult(Ph, "9.6", QcOutcome.Pass, _batches.Reviewer(), Now);
        var phWithoutOutcome = Assert.Throws<BusinessRuleValidationException>(() => task.RecordResult(Ph, "9.6", outcome: null, _batches.Reviewer(), Now));

        var potency = task.Standings.Single(check => check.Name == Potency);
        Assert.Equal([QcOutcome.Fail, QcOutcome.Pass], potency.Results.Select(result => result.Outcome));
        Assert.Equal("90-110% of label", potency.Check.Limits!.InWords(potency.Check.ReadAs, task.Unit));
        Assert.IsType<QcResultMustSayPassOrFailRule>(phWithoutOutcome.BrokenRule);
    }

    [Fact]
    public void The_release_task_keeps_the_compounding_record_the_reviewer_must_see()
    {
        var batch = _batches.CapsuleBatch();

        var task = ReleaseTask.Open(batch, Now);

        Assert.Equal(batch.Weights, task.Weights);
        Assert.Equal(96.7m, task.YieldPercent);
        Assert.Equal([WeightFlag], task.Flags);
        Assert.Equal(batch.Deviations, task.Deviations);
        Assert.Equal(batch.CheckAssessment, task.CheckAssessment);
    }
}

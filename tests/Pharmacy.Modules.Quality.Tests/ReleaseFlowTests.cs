using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Features.DocumentQcInvestigation;
using Pharmacy.Modules.Quality.Features.GetReleaseQueueSummary;
using Pharmacy.Modules.Quality.Features.GetReleaseTask;
using Pharmacy.Modules.Quality.Features.GetReleaseTasks;
using Pharmacy.Modules.Quality.Features.RecordQcResult;
using Pharmacy.Modules.Quality.Features.RejectBatch;
using Pharmacy.Modules.Quality.Features.ReleaseBatch;
using Pharmacy.Modules.Quality.IntegrationEvents;
using Pharmacy.Modules.Quality.Tests.Harness;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;
using Wolverine;
using static Pharmacy.Modules.Quality.Tests.BatchFaker;

namespace Pharmacy.Modules.Quality.Tests;

/// <summary>The release use cases through the module's pipeline on a real SQLite database, as the host runs them.</summary>
public sealed class ReleaseFlowTests : IAsyncLifetime
{
    private const string ReleaseMeaning = "Released: batch record, lots and QC results reviewed; the batch meets its specifications";
    private const string ReviewerId = "qa-1";
    private const string ReviewerName = "Priya Raman, QA";
    private const string PharmacistId = "rph-1";
    private const string PharmacistName = "Dana Whitfield, PharmD";
    private const string InvestigationMeaning = "Investigated: the cause of the failed result is found and documented";
    private const string InvestigationFindings = "First sample taken before blending was complete; the retest from the mid-run sample is representative.";
    private readonly BatchFaker _batches = new();
    private QualityHarness _quality = null!;

    public async Task InitializeAsync() => _quality = await QualityHarness.StartAsync(Now);

    public async Task DisposeAsync() => await _quality.DisposeAsync();

    [Fact]
    public async Task A_batch_announced_twice_or_redelivered_opens_one_release_task()
    {
        var message = Compounded(_batches.Batch());
        var envelope = EnvelopeFor();

        await DeliverAsync(message, envelope);
        await DeliverAsync(message, envelope);
        await DeliverAsync(message, EnvelopeFor());

        var tasks = await _quality.InDbAsync(db => db.ReleaseTasks.AsNoTracking().ToListAsync());
        var task = Assert.Single(tasks);
        Assert.Equal(message.BatchNumber, task.BatchNumber);
        Assert.Equal(message.FillIds, task.FillIds);
        Assert.Equal(message.Lots.Count, task.Lots.Count);
        Assert.Equal(message.QualityChecks.Count, task.Checks.Count);
    }

    [Fact]
    public async Task A_signed_release_is_audited_with_its_signature_and_announced_with_the_signer_name()
    {
        var id = await OpenTaskAsync();
        SignInAsReviewer();
        await RecordAllPassingAsync(id);

        await _quality.SendAsync(new ReleaseBatch(id, new SignatureInput(TestSignatureVerifier.Password, ReleaseMeaning)));

        var details = await _quality.SendAsync(new GetReleaseTask(id));
        Assert.Equal(nameof(ReleaseTaskStatus.Released), details.Status);
        Assert.Equal(ReviewerName, details.DecidedBy);
        var release = Assert.Single(details.History, entry => entry.Act == "Release batch");
        Assert.Equal(ReleaseMeaning, release.SignatureMeaning);
        Assert.Equal(ReviewerName, release.SignedBy);
        Assert.Contains(details.History, entry => entry.Act == "Record QC result" && entry.Changes.Any(c => c.Field == "Latest result"));

        var released = Assert.Single(await OutboxAsync<BatchReleased>());
        Assert.Equal(ReviewerName, released.ReleasedBy);
        Assert.Equal(details.FillIds, released.FillIds);
    }

    [Fact]
    public async Task A_wrong_password_releases_nothing()
    {
        var id = await OpenTaskAsync();
        SignInAsReviewer();
        await RecordAllPassingAsync(id);

        await Assert.ThrowsAsync<SignatureRefusedException>(
            () => _quality.SendAsync(new ReleaseBatch(id, new SignatureInput("guess", ReleaseMeaning))));

        Assert.Equal(nameof(ReleaseTaskStatus.Open), (await _quality.SendAsync(new GetReleaseTask(id))).Status);
        Assert.Empty(await OutboxAsync<BatchReleased>());
    }

    [Fact]
    public async Task A_pharmacist_follows_the_queue_but_cannot_release()
    {
        var id = await OpenTaskAsync();
        SignInAsReviewer();
        await RecordAllPassingAsync(id);
        _quality.User.SignIn("rph-1", "Dana Whitfield, PharmD", Roles.Pharmacist);

        await Assert.ThrowsAsync<ForbiddenActException>(
            () => _quality.SendAsync(new ReleaseBatch(id, new SignatureInput(TestSignatureVerifier.Password, ReleaseMeaning))));
    }

    [Fact]
    public async Task A_release_with_a_missing_result_is_refused_and_the_page_can_say_so_in_advance()
    {
        var id = await OpenTaskAsync();
        SignInAsReviewer();
        await _quality.SendAsync(new RecordQcResult(id, Appearance, "Uniform white suspension", QcOutcome.Pass));
        await _quality.SendAsync(new RecordQcResult(id, Potency, "87", Outcome: null));

        var blockers = (await _quality.SendAsync(new GetReleaseTask(id))).ReleaseBlockers;
        var broken = await Assert.ThrowsAsync<Shared.Kernel.BusinessRuleValidationException>(
            () => _quality.SendAsync(new ReleaseBatch(id, new SignatureInput(TestSignatureVerifier.Password, ReleaseMeaning))));

        Assert.Equal(
            [
                "pH has no result yet.", "Potency failed: 87% of label. Record a passing retest or reject the batch.",
                "Potency: a failed result has no documented investigation yet; a pharmacist must document and sign the investigation before the batch can be released.",
            ],
            blockers);
        Assert.Equal("pH has no result yet.", broken.Message);
    }

    [Fact]
    public async Task A_signed_rejection_is_announced_with_its_reason()
    {
        var id = await OpenTaskAsync();
        SignInAsReviewer();
        const string reason = "Caking after 24 h; resuspension incomplete";

        await _quality.SendAsync(new RejectBatch(id, reason, new SignatureInput(TestSignatureVerifier.Password, "Rejected: the batch does not meet its specifications")));

        var rejected = Assert.Single(await OutboxAsync<BatchRejected>());
        Assert.Equal(reason, rejected.Reason);
        Assert.Equal(ReviewerName, rejected.RejectedBy);
    }

    [Fact]
    public async Task The_queue_lists_open_tasks_oldest_first_finds_a_batch_by_number_and_counts_by_status()
    {
        var oldest = await OpenTaskAsync();
        _quality.Clock.Advance(TimeSpan.FromDays(2));
        var newest = await OpenTaskAsync();
        var decided = await OpenTaskAsync();
        SignInAsReviewer();
        await _quality.SendAsync(new RejectBatch(decided, "Wrong container", new SignatureInput(TestSignatureVerifier.Password, "Rejected: the batch does not meet its specifications")));

        var open = await _quality.SendAsync(new GetReleaseTasks(Search: null, ReleaseTaskStatus.Open));
        var newestNumber = open.Items.Single(task => task.Id == newest).BatchNumber;
        var found = await _quality.SendAsync(new GetReleaseTasks(newestNumber.ToLowerInvariant(), Status: null));
        var summary = await _quality.SendAsync(new GetReleaseQueueSummary());

        Assert.Equal([oldest, newest], open.Items.Select(task => task.Id));
        Assert.Equal(newest, Assert.Single(found.Items).Id);
        Assert.Equal([2, 0, 1], summary.ByStatus.Select(count => count.Count));
        Assert.Equal([1, 0, 1, 0], summary.OpenByAge.Select(count => count.Count));
    }

    [Fact]
    public async Task A_retest_is_a_new_result_row_beside_the_first_and_each_is_in_the_audit_trail()
    {
        var id = await OpenTaskAsync(_batches.CapsuleBatch());
        SignInAsReviewer();

        await _quality.SendAsync(new RecordQcResult(id, Potency, "4.1 mg", Outcome: null));
        await _quality.SendAsync(new RecordQcResult(id, Potency, "4.55 mg", Outcome: null));

        var potency = (await _quality.SendAsync(new GetReleaseTask(id))).Checks.Single(check => check.Name == Potency);
        Assert.Equal(
            [("4.1 mg per capsule", "Fail", false), ("4.55 mg per capsule", "Pass", true)],
            potency.Results.Select(result => (result.InWords, result.Outcome, result.IsRetest)));
        Assert.Equal("Pass", potency.Outcome);
        Assert.True(potency.AwaitsInvestigation);
        Assert.Equal(("mg per capsule", LowestMgPerCapsule, HighestMgPerCapsule), (potency.Unit, potency.Lowest, potency.Highest));
        var rows = await _quality.InDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.RecordType == nameof(QcResult)).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(ReviewerName, row.UserName));
        var stored = await _quality.InDbAsync(db => db.ReleaseTasks.AsNoTracking().SingleAsync(task => task.Id == ReleaseTaskId.From(id)));
        Assert.Equal(2, stored.Results.Count);
        Assert.Equal(1, stored.ChecksPassed);
    }

    [Fact]
    public async Task A_pharmacist_documents_the_investigation_with_a_signature_and_the_batch_can_then_be_released()
    {
        var id = await OpenTaskAsync(_batches.CapsuleBatch());
        SignInAsReviewer();
        await _quality.SendAsync(new RecordQcResult(id, Appearance, "Uniform opaque capsules", QcOutcome.Pass));
        await _quality.SendAsync(new RecordQcResult(id, Potency, "4.1", Outcome: null));
        await _quality.SendAsync(new RecordQcResult(id, Potency, "4.5", Outcome: null));
        var investigation = new DocumentQcInvestigation(id, Potency, InvestigationFindings, new SignatureInput(TestSignatureVerifier.Password, InvestigationMeaning));

        var byQa = await Assert.ThrowsAsync<ForbiddenActException>(() => _quality.SendAsync(investigation));
        _quality.User.SignIn(PharmacistId, PharmacistName, Roles.Pharmacist);
        await Assert.ThrowsAsync<SignatureRefusedException>(() => _quality.SendAsync(investigation with { Signature = new SignatureInput("guess", InvestigationMeaning) }));
        var waiting = await _quality.SendAsync(new GetReleaseTask(id));
        await _quality.SendAsync(investigation);

        var documented = await _quality.SendAsync(new GetReleaseTask(id));
        Assert.NotNull(byQa);
        Assert.Contains(waiting.ReleaseBlockers, blocker => blocker.Contains("no documented investigation", StringComparison.Ordinal));
        var done = Assert.Single(documented.Checks.Single(check => check.Name == Potency).Investigations);
        Assert.Equal((InvestigationFindings, PharmacistName, InvestigationMeaning), (done.Findings, done.DocumentedBy, done.SignatureMeaning));
        Assert.Empty(documented.ReleaseBlockers);
        var signed = documented.History.Where(entry => entry.Act == "Document QC investigation").ToList();
        Assert.Contains(signed, entry => entry.Created);
        Assert.All(signed, entry => Assert.Equal((PharmacistName, InvestigationMeaning), (entry.SignedBy, entry.SignatureMeaning)));

        SignInAsReviewer();
        await _quality.SendAsync(new ReleaseBatch(id, new SignatureInput(TestSignatureVerifier.Password, ReleaseMeaning)));
        Assert.Equal(nameof(ReleaseTaskStatus.Released), (await _quality.SendAsync(new GetReleaseTask(id))).Status);
    }

    [Fact]
    public async Task An_investigation_without_findings_is_refused_before_anything_is_signed()
    {
        var id = await OpenTaskAsync(_batches.CapsuleBatch());
        _quality.User.SignIn(PharmacistId, PharmacistName, Roles.Pharmacist);

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _quality.SendAsync(
            new DocumentQcInvestigation(id, Potency, "", new SignatureInput(TestSignatureVerifier.Password, InvestigationMeaning))));

        Assert.Contains(refused.Errors, error => error.PropertyName == nameof(DocumentQcInvestigation.Findings));
    }

    [Fact]
    public async Task A_batch_announced_without_measures_or_record_still_opens_and_reads_potency_as_percent_of_label()
    {
        var id = await OpenTaskAsync(_batches.Batch(), withMeasures: false);
        SignInAsReviewer();

        await _quality.SendAsync(new RecordQcResult(id, Potency, "98.5%", Outcome: null));

        var details = await _quality.SendAsync(new GetReleaseTask(id));
        var potency = details.Checks.Single(check => check.Name == Potency);
        Assert.Equal(("PercentOfLabel", "90-110% of label", "Pass"), (potency.Measure, potency.Limits, potency.Outcome));
        Assert.Null(details.Checks.Single(check => check.Name == Ph).Unit);
        Assert.Empty(details.Weights);
        Assert.Null(details.YieldPercent);
    }

    private void SignInAsReviewer() => _quality.User.SignIn(ReviewerId, ReviewerName, Roles.QualityAssurance);

    private async Task<Guid> OpenTaskAsync(CompoundedBatch? batch = null, bool withMeasures = true)
    {
        _quality.User.SignOut();
        var message = Compounded(batch ?? _batches.Batch(), withMeasures);
        await DeliverAsync(message, EnvelopeFor());
        return await _quality.InDbAsync(db => db.ReleaseTasks.Where(task => task.BatchId == message.BatchId).Select(task => task.Id.Value).SingleAsync());
    }

    private async Task RecordAllPassingAsync(Guid id)
    {
        await _quality.SendAsync(new RecordQcResult(id, Appearance, "Uniform white suspension", QcOutcome.Pass));
        await _quality.SendAsync(new RecordQcResult(id, Ph, "9.5", QcOutcome.Pass));
        await _quality.SendAsync(new RecordQcResult(id, Potency, "99.4%", Outcome: null));
    }

    private Task DeliverAsync(BatchCompounded message, Envelope envelope) =>
        _quality.DeliverAsync((inbox, sender) => QueueCompoundedBatchForRelease.Handle(message, envelope, inbox, sender, CancellationToken.None));

    private Task<List<T>> OutboxAsync<T>() => _quality.InDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().ToListAsync()).Select(row => row.Deserialize()).OfType<T>().ToList());

    private static Envelope EnvelopeFor() => new() { Headers = { [Inbox<Persistence.QualityDbContext>.MessageIdHeader] = Guid.NewGuid().ToString() } };

    private static BatchCompounded Compounded(CompoundedBatch batch, bool withMeasures = true) => Announced(batch, withMeasures);
}

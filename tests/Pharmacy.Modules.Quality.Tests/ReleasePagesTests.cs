using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.IntegrationEvents;
using Pharmacy.Modules.Quality.Tests.Harness;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;
using Wolverine;
using static Pharmacy.Modules.Quality.Tests.BatchFaker;

namespace Pharmacy.Modules.Quality.Tests;

/// <summary>The release queue and a release task's page, as a QA reviewer and a pharmacist use them.</summary>
public sealed class ReleasePagesTests : IAsyncLifetime
{
    private const string Queue = "/Quality/ReleaseTasks";
    private readonly BatchFaker _batches = new();
    private QualityHarness _quality = null!;

    public async Task InitializeAsync() => _quality = await QualityHarness.StartAsync(Now, withPages: true);

    public async Task DisposeAsync() => await _quality.DisposeAsync();

    [Fact]
    public async Task A_reviewer_finds_the_batch_in_the_queue_records_its_results_and_releases_it_with_a_signature()
    {
        var (id, batchNumber) = await OpenTaskAsync();
        _quality.User.SignIn("qa-1", "Priya Natarajan, QA", Roles.QualityAssurance);
        var details = $"{Queue}/Details/{id}";

        var queue = await _quality.Client.GetPageAsync(Queue);
        Assert.Contains(batchNumber, queue);
        Assert.Contains("<svg", queue);
        Assert.Contains("waiting", queue);

        await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Appearance), ("QcResult.Result", "Uniform white suspension"), ("QcResult.Outcome", "Pass")));
        await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Ph), ("QcResult.Result", "9.4"), ("QcResult.Outcome", "Pass")));
        var failedPotency = await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Potency), ("QcResult.Result", "87"), ("QcResult.Outcome", "Pass")));
        Assert.Equal(HttpStatusCode.OK, failedPotency.Status);
        Assert.Contains("it cannot pass", failedPotency.Html);
        await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Potency), ("QcResult.Result", "99.2"), ("QcResult.Outcome", "")));

        var wrongPassword = await _quality.Client.PostFormAsync(details, "Release", Fields(("Release.Signature.Password", "guess"), ("Release.Signature.Meaning", "Released: QC results reviewed")));
        Assert.Contains("The password is not correct", wrongPassword.Html);

        var released = await _quality.Client.PostFormAsync(
            details, "Release", Fields(("Release.Signature.Password", TestSignatureVerifier.Password), ("Release.Signature.Meaning", "Released: QC results reviewed")));
        Assert.Equal(HttpStatusCode.Redirect, released.Status);
        Assert.Contains("The batch is released and signed", released.Html);
        Assert.Contains("Release batch", released.Html);
        Assert.Contains("99.2% of label", released.Html);
        Assert.DoesNotContain("id=\"release-form\"", released.Html);
    }

    [Fact]
    public async Task A_rejection_signed_without_a_password_shows_the_error_on_the_reject_form_only()
    {
        var (id, _) = await OpenTaskAsync();
        _quality.User.SignIn("qa-1", "Priya Natarajan, QA", Roles.QualityAssurance);

        var refused = await _quality.Client.PostFormAsync($"{Queue}/Details/{id}", "Reject", Fields(
            ("Reject.Reason", "Potency out of range"), ("Reject.Signature.Password", ""), ("Reject.Signature.Meaning", "Rejected: the batch does not meet its specifications")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Matches("data-valmsg-for=\"Reject.Signature.Password\"[^>]*>Enter your password to sign.</span>", refused.Html);
        Assert.Matches("data-valmsg-for=\"Release.Signature.Password\"[^>]*></span>", refused.Html);
        Assert.Contains("Potency out of range", refused.Html);
    }

    [Fact]
    public async Task A_pharmacist_sees_the_task_without_the_forms_and_the_API_refuses_them_the_release()
    {
        var (id, batchNumber) = await OpenTaskAsync();
        _quality.User.SignIn("rph-1", "Dana Whitfield, PharmD", Roles.Pharmacist);

        var page = await _quality.Client.GetPageAsync($"{Queue}/Details/{id}");
        var release = await _quality.Client.PostAsJsonAsync($"/api/quality/release-tasks/{id}/release", new { password = "x", meaning = "y" });

        Assert.Contains(batchNumber, page);
        Assert.DoesNotContain("id=\"release-form\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, release.StatusCode);
    }

    [Fact]
    public async Task The_release_page_names_the_storage_and_what_set_the_beyond_use_date_as_compounding_does()
    {
        var refrigerated = _batches.Batch() with { BudLimitedBy = BudLimitedBy.UspLimit, Storage = StorageCondition.Refrigerator };
        var (id, _) = await OpenTaskAsync(refrigerated);
        _quality.User.SignIn("qa-1", "Priya Natarajan, QA", Roles.QualityAssurance);

        var page = WebUtility.HtmlDecode(await _quality.Client.GetPageAsync($"{Queue}/Details/{id}"));

        Assert.Contains("(set by USP limit)", page);
        Assert.Contains("<dd>Refrigerator (2–8 °C)</dd>", page);
        Assert.DoesNotContain("UspLimit", page);
    }

    [Fact]
    public async Task The_API_says_which_result_is_missing_when_a_release_is_refused()
    {
        var (id, _) = await OpenTaskAsync();
        _quality.User.SignIn("qa-1", "Priya Natarajan, QA", Roles.QualityAssurance);

        var recorded = await _quality.Client.PostAsJsonAsync($"/api/quality/release-tasks/{id}/results", new { check = Potency, result = "101" });
        var release = await _quality.Client.PostAsJsonAsync(
            $"/api/quality/release-tasks/{id}/release", new { password = TestSignatureVerifier.Password, meaning = "Released: QC results reviewed" });
        var problem = await release.Content.ReadAsStringAsync();
        var queue = await _quality.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/quality/release-tasks?status=Open");

        Assert.Equal(HttpStatusCode.NoContent, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, release.StatusCode);
        Assert.Contains("Appearance and pH have no result yet.", problem);
        Assert.Equal(1, queue.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_release_page_shows_the_compounding_record_and_every_result_and_only_a_pharmacist_gets_the_investigation_form()
    {
        var (id, _) = await OpenTaskAsync(_batches.CapsuleBatch());
        _quality.User.SignIn("qa-1", "Priya Natarajan, QA", Roles.QualityAssurance);
        var details = $"{Queue}/Details/{id}";
        await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Potency), ("QcResult.Result", "4.1 mg"), ("QcResult.Outcome", "")));
        await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Potency), ("QcResult.Result", "4.6"), ("QcResult.Outcome", "")));
        var unreadable = await _quality.Client.PostFormAsync(details, "Result", Fields(("QcResult.Check", Potency), ("QcResult.Result", "99.2%"), ("QcResult.Outcome", "")));

        var asQa = WebUtility.HtmlDecode(await _quality.Client.GetPageAsync(details));
        _quality.User.SignIn("rph-1", "Dana Whitfield, PharmD", Roles.Pharmacist);
        var asPharmacist = WebUtility.HtmlDecode(await _quality.Client.GetPageAsync(details));
        var investigated = await _quality.Client.PostFormAsync(details, "Investigation", Fields(
            ("Investigation.Check", Potency), ("Investigation.Findings", "Sample taken before blending was complete."),
            ("Investigation.Signature.Password", TestSignatureVerifier.Password),
            ("Investigation.Signature.Meaning", "Investigated: the cause of the failed result is found and documented")));

        Assert.Contains("Enter the Potency result as a number in mg per capsule", WebUtility.HtmlDecode(unreadable.Html));
        Assert.True(asQa.IndexOf("Compounding record", StringComparison.Ordinal) < asQa.IndexOf("QC results", StringComparison.Ordinal));
        Assert.Contains("Naltrexone HCl", asQa);
        Assert.Matches("<tr class=\"outside-tolerance\">(?:(?!</tr>).)*badge-attention\">Outside ±5%", Flat(asQa));
        Assert.Contains("96.7% of theoretical", asQa);
        Assert.Contains(WeightFlag, asQa);
        Assert.Contains("Active weighed over target", asQa);
        Assert.Contains("Excess active accepted pending the potency result.", asQa);
        Assert.Matches("4.1 mg per capsule(?:(?!</li>).)*Fail(?:(?!</li>).)*Investigation pending", Flat(asQa));
        Assert.Matches("4.6 mg per capsule(?:(?!</li>).)*Pass(?:(?!</li>).)*Retest", Flat(asQa));
        Assert.Contains("<span class=\"qc-unit muted nowrap\">mg per capsule</span>", asQa);
        Assert.Contains("Record retest", asQa);
        Assert.Contains("waits for a pharmacist to document and sign its investigation", asQa);
        Assert.DoesNotContain("investigation-form", asQa);
        Assert.Contains("no documented investigation yet", asQa);
        Assert.Contains("investigation-form", asPharmacist);
        Assert.Equal(HttpStatusCode.Redirect, investigated.Status);
        Assert.Contains("Sample taken before blending was complete.", investigated.Html);
        Assert.DoesNotContain("investigation-form", investigated.Html);
    }

    [Fact]
    public async Task The_API_takes_an_investigation_from_a_pharmacist_and_refuses_it_to_quality_assurance()
    {
        var (id, _) = await OpenTaskAsync(_batches.CapsuleBatch());
        _quality.User.SignIn("qa-1", "Priya Natarajan, QA", Roles.QualityAssurance);
        await _quality.Client.PostAsJsonAsync($"/api/quality/release-tasks/{id}/results", new { check = Potency, result = "4.1 mg" });
        var investigation = new
        {
            check = Potency, findings = "Sample taken before blending was complete.", password = TestSignatureVerifier.Password,
            meaning = "Investigated: the cause of the failed result is found and documented",
        };

        var byQa = await _quality.Client.PostAsJsonAsync($"/api/quality/release-tasks/{id}/investigations", investigation);
        _quality.User.SignIn("rph-1", "Dana Whitfield, PharmD", Roles.Pharmacist);
        var byPharmacist = await _quality.Client.PostAsJsonAsync($"/api/quality/release-tasks/{id}/investigations", investigation);
        var again = await _quality.Client.PostAsJsonAsync($"/api/quality/release-tasks/{id}/investigations", investigation);

        Assert.Equal(HttpStatusCode.Forbidden, byQa.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byPharmacist.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already investigated", await again.Content.ReadAsStringAsync());
    }

    private static string Flat(string html) => html.Replace("\n", " ", StringComparison.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value));

    private async Task<(Guid Id, string BatchNumber)> OpenTaskAsync(CompoundedBatch? compounded = null)
    {
        _quality.User.SignOut();
        var batch = compounded ?? _batches.Batch();
        var message = Announced(batch);
        var envelope = new Envelope { Headers = { [Inbox<Persistence.QualityDbContext>.MessageIdHeader] = Guid.NewGuid().ToString() } };
        await _quality.DeliverAsync((inbox, sender) => QueueCompoundedBatchForRelease.Handle(message, envelope, inbox, sender, CancellationToken.None));
        var id = await _quality.InDbAsync(db => db.ReleaseTasks.Where(task => task.BatchId == batch.BatchId).Select(task => task.Id.Value).SingleAsync());
        return (id, batch.BatchNumber);
    }
}

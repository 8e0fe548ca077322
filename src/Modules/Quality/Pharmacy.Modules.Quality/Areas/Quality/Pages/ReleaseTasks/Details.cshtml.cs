using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Features.GetReleaseTask;
using Pharmacy.Modules.Quality.Features.RecordQcResult;
using Pharmacy.Modules.Quality.Features.RejectBatch;
using Pharmacy.Modules.Quality.Features.ReleaseBatch;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.Quality.Areas.Quality.Pages.ReleaseTasks;

[Authorize(Policy = QualityAccess.Read)]
public sealed class DetailsModel(ISender sender) : PageModel
{
    public const string ReleaseForm = "release";
    public const string RejectForm = "reject";

    public static readonly IReadOnlyList<string> ReleaseMeanings =
    [
        "Released: batch record, lots and QC results reviewed; the batch meets its specifications",
        "Released: QC results reviewed against the master formulation record",
    ];

    public static readonly IReadOnlyList<string> RejectMeanings =
    [
        "Rejected: the batch does not meet its specifications",
        "Rejected: the batch record is incomplete or a deviation is not acceptable",
    ];

    public ReleaseTaskDetails Task { get; private set; } = null!;

    /// <summary>Which form was posted ("release", "reject" or the check's name), so its errors and values show on it.</summary>
    public string? PostedForm { get; private set; }

    public string? PostedResult { get; private set; }

    public string? PostedReason { get; private set; }

    public string? PostedMeaning { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResultAsync(Guid id, string? check, string? result, QcOutcome? outcome, CancellationToken cancellationToken)
    {
        (PostedForm, PostedResult) = (check, result);
        if (await ModelState.TryAsync(() => sender.Send(new RecordQcResult(id, check ?? "", result ?? "", outcome), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = $"The {check} result is recorded.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, string? password, string? meaning, CancellationToken cancellationToken)
    {
        (PostedForm, PostedMeaning) = (ReleaseForm, meaning);
        var command = new ReleaseBatch(id, new SignatureInput(password ?? "", meaning ?? ""));
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "The batch is released and signed. Its fills may now be dispensed.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, string? password, string? meaning, CancellationToken cancellationToken)
    {
        (PostedForm, PostedReason, PostedMeaning) = (RejectForm, reason, meaning);
        var command = new RejectBatch(id, reason ?? "", new SignatureInput(password ?? "", meaning ?? ""));
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "The batch is rejected and signed. Its fills must be made again or cancelled.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The first error of a field, shown only on the form that was posted.</summary>
    public string? ErrorFor(string form, string field) =>
        PostedForm == form && ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Task = await sender.Send(new GetReleaseTask(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Features.DocumentQcInvestigation;
using Pharmacy.Modules.Quality.Features.GetReleaseTask;
using Pharmacy.Modules.Quality.Features.RecordQcResult;
using Pharmacy.Modules.Quality.Features.RejectBatch;
using Pharmacy.Modules.Quality.Features.ReleaseBatch;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Quality.Areas.Quality.Pages.ReleaseTasks;

/// <summary>A batch waiting for Quality: its lots, its QC results and the decision, each act with its own handler and form.</summary>
[Authorize(Policy = QualityAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : RecordPageModel(sender, access)
{
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

    public static readonly IReadOnlyList<string> InvestigationMeanings =
    [
        "Investigated: the cause of the failed result is found and documented",
        "Investigated: the failed result is explained and does not affect the batch",
    ];

    public ReleaseTaskDetails Task { get; private set; } = null!;

    /// <summary>The QC result last sent; its check names the row whose form shows it again with its errors.</summary>
    public QcResultForm QcResult { get; private set; } = new();

    public InvestigationForm Investigation { get; private set; } = new();

    public ReleaseForm Release { get; private set; } = new();

    public RejectForm Reject { get; private set; } = new();

    public Task<IActionResult> OnPostResultAsync(Guid id, QcResultForm qcResult, CancellationToken cancellationToken)
    {
        QcResult = qcResult;
        return ActAsync(id, nameof(QcResult), new RecordQcResult(id, qcResult.Check ?? "", qcResult.Result ?? "", qcResult.Outcome),
            $"The {qcResult.Check} result is recorded.", cancellationToken);
    }

    public Task<IActionResult> OnPostInvestigationAsync(Guid id, InvestigationForm investigation, CancellationToken cancellationToken)
    {
        Investigation = investigation;
        return ActAsync(id, nameof(Investigation),
            new DocumentQcInvestigation(id, investigation.Check ?? "", investigation.Findings ?? "", investigation.Signature.ToInput()),
            $"The investigation of the failed {investigation.Check} result is documented and signed.", cancellationToken);
    }

    public Task<IActionResult> OnPostReleaseAsync(Guid id, ReleaseForm release, CancellationToken cancellationToken)
    {
        Release = release;
        return ActAsync(id, nameof(Release), new ReleaseBatch(id, release.Signature.ToInput()),
            "The batch is released and signed. Its fills may now be dispensed.", cancellationToken);
    }

    public Task<IActionResult> OnPostRejectAsync(Guid id, RejectForm reject, CancellationToken cancellationToken)
    {
        Reject = reject;
        return ActAsync(id, nameof(Reject), new RejectBatch(id, reject.Reason ?? "", reject.Signature.ToInput()),
            "The batch is rejected and signed. Its fills must be made again or cancelled.", cancellationToken);
    }

    protected override async System.Threading.Tasks.Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Task = await Sender.Send(new GetReleaseTask(id), cancellationToken);
    }

    public sealed class QcResultForm
    {
        public string? Check { get; set; }

        public string? Result { get; set; }

        public QcOutcome? Outcome { get; set; }
    }

    public sealed class InvestigationForm
    {
        public string? Check { get; set; }

        public string? Findings { get; set; }

        public SignatureForm Signature { get; set; } = new();
    }

    public sealed class ReleaseForm
    {
        public SignatureForm Signature { get; set; } = new();
    }

    public sealed class RejectForm
    {
        public string? Reason { get; set; }

        public SignatureForm Signature { get; set; } = new();
    }
}

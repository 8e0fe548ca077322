using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Shared.Web.Charts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Features.GetReleaseQueueSummary;
using Pharmacy.Modules.Quality.Features.GetReleaseTasks;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Quality.Areas.Quality.Pages.ReleaseTasks;

[Authorize(Policy = QualityAccess.Read)]
public sealed class IndexModel(ISender sender, TimeProvider clock) : ListPageModel<ReleaseTaskSummary>
{
    private static readonly Dictionary<string, string> StatusTones = new()
    {
        [nameof(ReleaseTaskStatus.Open)] = "attention", [nameof(ReleaseTaskStatus.Released)] = "good", [nameof(ReleaseTaskStatus.Rejected)] = "stopped",
    };

    [BindProperty(SupportsGet = true)]
    public ReleaseTaskStatus? Status { get; set; }

    public ReleaseQueueSummary Summary { get; private set; } = new([], [], null, 0);

    public DateTimeOffset Now { get; private set; }

    public BarChart ByStatus => new(
        "Release tasks by status",
        [.. Summary.ByStatus.Select(c => new Bar(c.Label, c.Count, c.Count.ToString(), StatusTones.GetValueOrDefault(c.Label, "neutral")))]);

    public BarChart OpenByAge => new(
        "Open tasks by time waiting",
        [.. Summary.OpenByAge.Select((c, i) => new Bar(c.Label, c.Count, c.Count.ToString(), i < 2 ? "progress" : "attention"))]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Rows = await sender.Send(new GetReleaseTasks(Search, Status, PageNumber), cancellationToken);
        Summary = await sender.Send(new GetReleaseQueueSummary(), cancellationToken);
    }

    /// <summary>How long an open task has waited, or how long the decision took.</summary>
    public string Age(ReleaseTaskSummary task) => task.DecidedAt is { } decided
        ? $"decided in {Durations.Describe(decided - task.OpenedAt)}"
        : $"waiting {Durations.Describe(Now - task.OpenedAt)}";
}

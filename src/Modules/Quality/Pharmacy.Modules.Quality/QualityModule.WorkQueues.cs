using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Features.GetReleaseTasks;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Quality;

public sealed partial class QualityModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("Batches awaiting release", "/Quality/ReleaseTasks?status=Open", 50, QualityAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetReleaseTasks(null, ReleaseTaskStatus.Open, PageSize: 1), ct)).TotalCount,
            "Checked batches waiting for quality's decision"),
    ];
}

using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Compounding;

public sealed partial class CompoundingModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("Batches to compound", "/Compounding/Batches?status=Planned", 30, CompoundingAccess.CompoundRule.Roles,
            (sender, ct) => CountAsync(sender, BatchStatus.Planned, ct), "Planned, not started yet"),
        new("Batches in progress", "/Compounding/Batches?status=InProgress", 31, CompoundingAccess.CompoundRule.Roles,
            (sender, ct) => CountAsync(sender, BatchStatus.InProgress, ct), "Started, weights being recorded"),
        new("Batches to check", "/Compounding/Batches?status=Compounded", 32, CompoundingAccess.SignRule.Roles,
            (sender, ct) => CountAsync(sender, BatchStatus.Compounded, ct), "Compounded, waiting for a second pharmacist's check"),
    ];

    private static async ValueTask<int> CountAsync(Mediator.ISender sender, BatchStatus status, CancellationToken cancellationToken) =>
        (await sender.Send(new GetBatches(null, status, PageSize: 1), cancellationToken)).TotalCount;
}

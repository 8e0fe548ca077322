using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Features.OpenReleaseTask;

/// <summary>A compounded, pharmacist-checked batch now waits for its QC results and Quality's decision.</summary>
public sealed record OpenReleaseTask(CompoundedBatch Batch) : ICommand<ReleaseTaskOpened>
{
    public static OpenReleaseTask From(BatchCompounded message) => new(new CompoundedBatch(
        message.BatchId, message.BatchNumber, message.FormulaCode, message.FormulaName, message.FormulaVersion, message.Quantity, message.Unit,
        message.BeyondUseDate, Enum.Parse<BudLimitedBy>(message.BudLimitedBy), Enum.Parse<StorageCondition>(message.Storage),
        [.. message.Lots.Select(lot => new BatchLot(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Quantity, lot.Unit))],
        [.. message.QualityChecks.Select(check => new QcCheckSpec(check.Name, check.Specification))],
        message.FillIds, message.PreparedBy, message.CheckedBy, message.OccurredAt));
}

public sealed record ReleaseTaskOpened(Guid Id);

internal sealed class OpenReleaseTaskHandler(QualityDbContext db, TimeProvider clock) : ICommandHandler<OpenReleaseTask, ReleaseTaskOpened>
{
    public async ValueTask<ReleaseTaskOpened> Handle(OpenReleaseTask command, CancellationToken cancellationToken)
    {
        // The same batch announced twice (a new message id for the same fact) still gets one task.
        var existing = await db.ReleaseTasks.AsNoTracking()
            .Where(task => task.BatchId == command.Batch.BatchId)
            .Select(task => (ReleaseTaskId?)task.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return new ReleaseTaskOpened(id.Value);
        }

        var task = ReleaseTask.Open(command.Batch, clock.GetUtcNow());
        db.ReleaseTasks.Add(task);
        return new ReleaseTaskOpened(task.Id.Value);
    }
}

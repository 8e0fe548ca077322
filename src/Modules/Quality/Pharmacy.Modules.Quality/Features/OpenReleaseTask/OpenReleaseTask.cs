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
        [.. message.QualityChecks.Select(check => new QcCheckSpec(check.Name, check.Specification, MeasureOf(check), check.Lowest, check.Highest))],
        message.FillIds, message.PreparedBy, message.CheckedBy, message.OccurredAt,
        [.. (message.Weights ?? []).Select(line => new Domain.ReleaseTasks.WeighedLine(
            line.ItemCode, line.Name, line.Role, line.Theoretical, line.Actual, line.Unit, line.OutsideTolerance))],
        message.YieldPercent, message.Flags ?? [], message.Deviations, message.CheckAssessment));

    /// <summary>A measure this module does not know is judged by the reviewer rather than guessed.</summary>
    private static QcMeasure MeasureOf(QualityCheckSpec check) =>
        Enum.TryParse<QcMeasure>(check.Measure, ignoreCase: false, out var measure) && Enum.IsDefined(measure) ? measure : QcMeasure.PassFail;
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

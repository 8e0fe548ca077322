using Mediator;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.ProjectRxTurnaround;

/// <summary>Compounding made and checked a batch for these fills.</summary>
public sealed record RecordBatchCompounded(string BatchNumber, string FormulaCode, IReadOnlyList<Guid> FillIds, DateTimeOffset CompoundedAt) : ICommand;

/// <summary>Quality released the batch serving these fills.</summary>
public sealed record RecordBatchReleased(IReadOnlyList<Guid> FillIds, DateTimeOffset ReleasedAt) : ICommand;

/// <summary>Quality rejected the batch serving these fills; they will be made again or cancelled.</summary>
public sealed record RecordBatchRejected(IReadOnlyList<Guid> FillIds, DateTimeOffset RejectedAt) : ICommand;

internal sealed class RecordBatchCompoundedHandler(ReportingDbContext db) : ICommandHandler<RecordBatchCompounded>
{
    public async ValueTask<Unit> Handle(RecordBatchCompounded command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(
            command.FillIds, row => row.RecordCompounded(command.BatchNumber, command.FormulaCode, command.CompoundedAt), cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RecordBatchReleasedHandler(ReportingDbContext db) : ICommandHandler<RecordBatchReleased>
{
    public async ValueTask<Unit> Handle(RecordBatchReleased command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(command.FillIds, row => row.RecordReleased(command.ReleasedAt), cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RecordBatchRejectedHandler(ReportingDbContext db) : ICommandHandler<RecordBatchRejected>
{
    public async ValueTask<Unit> Handle(RecordBatchRejected command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(command.FillIds, row => row.RecordRejected(command.RejectedAt), cancellationToken);
        return Unit.Value;
    }
}

internal static class BatchFills
{
    public static async Task ForEachFillAsync(
        this ReportingDbContext db, IEnumerable<Guid> fillIds, Action<RxTurnaround> record, CancellationToken cancellationToken)
    {
        foreach (var fillId in fillIds.Distinct())
        {
            record(await db.GetOrAddAsync(fillId, cancellationToken));
        }
    }
}

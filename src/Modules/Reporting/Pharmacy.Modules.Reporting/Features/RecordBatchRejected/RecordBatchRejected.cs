using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordBatchRejected;

/// <summary>Quality rejected the batch serving these fills; they will be made again or cancelled.</summary>
public sealed record RecordBatchRejected(IReadOnlyList<Guid> FillIds, DateTimeOffset RejectedAt) : ICommand;

internal sealed class RecordBatchRejectedHandler(ReportingDbContext db) : ICommandHandler<RecordBatchRejected>
{
    public async ValueTask<Unit> Handle(RecordBatchRejected command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(command.FillIds, row => row.RecordRejected(command.RejectedAt), cancellationToken);
        return Unit.Value;
    }
}

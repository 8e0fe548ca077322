using Mediator;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;

namespace Pharmacy.Modules.Compounding.Features.RecordBatchRejected;

/// <summary>Quality rejected the batch: it is closed and its fills must be made again.</summary>
public sealed record RecordBatchRejected(Guid BatchId, string Reason, string RejectedBy, DateTimeOffset RejectedAt) : ICommand;

internal sealed class RecordBatchRejectedHandler(CompoundingDbContext db) : ICommandHandler<RecordBatchRejected>
{
    public async ValueTask<Unit> Handle(RecordBatchRejected command, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(BatchId.From(command.BatchId), cancellationToken);
        batch.Reject(command.Reason, command.RejectedBy, command.RejectedAt);
        return Unit.Value;
    }
}

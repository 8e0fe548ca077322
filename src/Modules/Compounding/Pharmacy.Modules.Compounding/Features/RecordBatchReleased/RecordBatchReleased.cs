using Mediator;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;

namespace Pharmacy.Modules.Compounding.Features.RecordBatchReleased;

/// <summary>Quality released the batch: its fills may be dispensed.</summary>
public sealed record RecordBatchReleased(Guid BatchId, string ReleasedBy, DateTimeOffset ReleasedAt) : ICommand;

internal sealed class RecordBatchReleasedHandler(CompoundingDbContext db) : ICommandHandler<RecordBatchReleased>
{
    public async ValueTask<Unit> Handle(RecordBatchReleased command, CancellationToken cancellationToken)
    {
        var batch = await db.FindBatchAsync(BatchId.From(command.BatchId), cancellationToken);
        batch.Release(command.ReleasedBy, command.ReleasedAt);
        return Unit.Value;
    }
}

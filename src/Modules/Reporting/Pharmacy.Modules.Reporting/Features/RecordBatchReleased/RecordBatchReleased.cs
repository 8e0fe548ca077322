using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordBatchReleased;

/// <summary>Quality released the batch serving these fills.</summary>
public sealed record RecordBatchReleased(IReadOnlyList<Guid> FillIds, DateTimeOffset ReleasedAt) : ICommand;

internal sealed class RecordBatchReleasedHandler(ReportingDbContext db) : ICommandHandler<RecordBatchReleased>
{
    public async ValueTask<Unit> Handle(RecordBatchReleased command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(command.FillIds, row => row.RecordReleased(command.ReleasedAt), cancellationToken);
        return Unit.Value;
    }
}

using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordBatchRejected;

/// <summary>Quality rejected the batch: its fills and their prescriptions are held.</summary>
public sealed record RecordBatchRejected(Guid BatchId, string BatchNumber, string Reason, string RejectedBy, IReadOnlyList<Guid> FillIds) : ICommand;

internal sealed class RecordBatchRejectedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordBatchRejected>
{
    public async ValueTask<Unit> Handle(RecordBatchRejected command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchRejected(FillId.From(fillId), command.BatchNumber, command.Reason, command.RejectedBy, now);
            }
        }

        return Unit.Value;
    }
}

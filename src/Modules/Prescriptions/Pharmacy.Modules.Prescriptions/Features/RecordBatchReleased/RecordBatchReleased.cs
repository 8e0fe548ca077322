using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordBatchReleased;

/// <summary>Quality released the batch: its fills are ready to dispense.</summary>
public sealed record RecordBatchReleased(Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds) : ICommand;

internal sealed class RecordBatchReleasedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordBatchReleased>
{
    public async ValueTask<Unit> Handle(RecordBatchReleased command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchReleased(FillId.From(fillId), command.BatchId, command.BatchNumber, now);
            }
        }

        return Unit.Value;
    }
}

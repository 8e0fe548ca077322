using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordFillServedFromStock;

/// <summary>
/// The fill drew on a stock batch Quality had already released: it is linked to the batch, dated with its
/// beyond-use date and storage, and ready for the final check, all at once.
/// </summary>
public sealed record RecordFillServedFromStock(Guid FillId, Guid BatchId, string BatchNumber, DateTimeOffset BeyondUseDate, string Storage) : ICommand;

internal sealed class RecordFillServedFromStockHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordFillServedFromStock>
{
    public async ValueTask<Unit> Handle(RecordFillServedFromStock command, CancellationToken cancellationToken)
    {
        var fillId = FillId.From(command.FillId);
        foreach (var prescription in await db.WithFillsAsync([command.FillId], cancellationToken))
        {
            prescription.RecordBatchPlanned(fillId, command.BatchId, command.BatchNumber);
            prescription.RecordBatchCompounded(fillId, command.BeyondUseDate, command.Storage);
            prescription.RecordBatchReleased(fillId, command.BatchId, command.BatchNumber, clock.GetUtcNow());
        }

        return Unit.Value;
    }
}

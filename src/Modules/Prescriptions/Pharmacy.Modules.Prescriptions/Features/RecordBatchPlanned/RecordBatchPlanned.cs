using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordBatchPlanned;

/// <summary>Compounding planned a batch for some of our fills.</summary>
public sealed record RecordBatchPlanned(Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds) : ICommand;

// A batch may list fills this module does not hold (made for stock, or sent by a test); those are passed over.
internal sealed class RecordBatchPlannedHandler(PrescriptionsDbContext db) : ICommandHandler<RecordBatchPlanned>
{
    public async ValueTask<Unit> Handle(RecordBatchPlanned command, CancellationToken cancellationToken)
    {
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchPlanned(FillId.From(fillId), command.BatchId, command.BatchNumber);
            }
        }

        return Unit.Value;
    }
}

using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordBatchCompounded;

/// <summary>The batch was compounded and checked: its beyond-use date and storage are known.</summary>
public sealed record RecordBatchCompounded(Guid BatchId, DateTimeOffset BeyondUseDate, string Storage, IReadOnlyList<Guid> FillIds) : ICommand;

internal sealed class RecordBatchCompoundedHandler(PrescriptionsDbContext db) : ICommandHandler<RecordBatchCompounded>
{
    public async ValueTask<Unit> Handle(RecordBatchCompounded command, CancellationToken cancellationToken)
    {
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchCompounded(FillId.From(fillId), command.BeyondUseDate, command.Storage);
            }
        }

        return Unit.Value;
    }
}

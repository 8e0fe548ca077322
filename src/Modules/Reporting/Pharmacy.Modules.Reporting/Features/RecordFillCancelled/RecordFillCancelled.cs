using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordFillCancelled;

/// <summary>The fill was cancelled with its prescription before it was handed out: its row is closed.</summary>
public sealed record RecordFillCancelled(Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, DateTimeOffset CancelledAt) : ICommand;

internal sealed class RecordFillCancelledHandler(ReportingDbContext db) : ICommandHandler<RecordFillCancelled>
{
    public async ValueTask<Unit> Handle(RecordFillCancelled command, CancellationToken cancellationToken)
    {
        var row = await db.GetOrAddAsync(command.FillId, cancellationToken);
        row.RecordCancelled(command.PrescriptionId, command.RxNumber, command.FillNumber, command.CancelledAt);
        await db.CopyPrescriptionTimesAsync(row, cancellationToken);
        return Unit.Value;
    }
}

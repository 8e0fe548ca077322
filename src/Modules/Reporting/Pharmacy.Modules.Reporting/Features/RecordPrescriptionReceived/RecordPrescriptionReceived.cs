using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordPrescriptionReceived;

/// <summary>Prescriptions received a prescription (no fill yet): the start of every one of its fills' turnaround.</summary>
public sealed record RecordPrescriptionReceived(Guid PrescriptionId, long RxNumber, DateTimeOffset ReceivedAt) : ICommand;

internal sealed class RecordPrescriptionReceivedHandler(ReportingDbContext db) : ICommandHandler<RecordPrescriptionReceived>
{
    public async ValueTask<Unit> Handle(RecordPrescriptionReceived command, CancellationToken cancellationToken)
    {
        var prescription = await db.GetOrAddPrescriptionAsync(command.PrescriptionId, command.RxNumber, cancellationToken);
        prescription.RecordReceived(command.ReceivedAt);
        foreach (var fill in await db.FillsOfAsync(command.PrescriptionId, cancellationToken))
        {
            fill.RecordPrescriptionReceived(command.ReceivedAt);
        }

        return Unit.Value;
    }
}

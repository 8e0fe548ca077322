using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordFillRequested;

/// <summary>Prescriptions asked for a fill to be made: what the fill is, and when it was asked for.</summary>
public sealed record RecordFillRequested(
    Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity, DateTimeOffset RequestedAt) : ICommand;

internal sealed class RecordFillRequestedHandler(ReportingDbContext db) : ICommandHandler<RecordFillRequested>
{
    public async ValueTask<Unit> Handle(RecordFillRequested command, CancellationToken cancellationToken)
    {
        var row = await db.GetOrAddAsync(command.FillId, cancellationToken);
        row.RecordRequested(command.PrescriptionId, command.RxNumber, command.FillNumber, command.FormulaCode, command.Quantity, command.RequestedAt);
        await db.CopyPrescriptionTimesAsync(row, cancellationToken);
        return Unit.Value;
    }
}

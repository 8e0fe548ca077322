using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordFillDispensed;

/// <summary>The fill left the pharmacy (picked up or shipped).</summary>
public sealed record RecordFillDispensed(
    Guid FillId, Guid PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, string Method, DateTimeOffset DispensedAt) : ICommand;

internal sealed class RecordFillDispensedHandler(ReportingDbContext db) : ICommandHandler<RecordFillDispensed>
{
    public async ValueTask<Unit> Handle(RecordFillDispensed command, CancellationToken cancellationToken)
    {
        var row = await db.GetOrAddAsync(command.FillId, cancellationToken);
        row.RecordDispensed(command.PrescriptionId, command.RxNumber, command.FormulaCode, command.Quantity, command.Method, command.DispensedAt);
        await db.CopyPrescriptionTimesAsync(row, cancellationToken);
        return Unit.Value;
    }
}

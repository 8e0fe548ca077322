using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.ProjectRxTurnaround;

/// <summary>Prescriptions asked for a fill to be made: what the fill is, and when it was asked for.</summary>
public sealed record RecordFillRequested(
    Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity, DateTimeOffset RequestedAt) : ICommand;

/// <summary>The fill left the pharmacy (picked up or shipped).</summary>
public sealed record RecordFillDispensed(
    Guid FillId, Guid PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, string Method, DateTimeOffset DispensedAt) : ICommand;

/// <summary>Billing charged the dispensed fill.</summary>
public sealed record RecordFillCharged(Guid FillId, long RxNumber, decimal Amount, string Currency, DateTimeOffset ChargedAt) : ICommand;

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

internal sealed class RecordFillChargedHandler(ReportingDbContext db) : ICommandHandler<RecordFillCharged>
{
    public async ValueTask<Unit> Handle(RecordFillCharged command, CancellationToken cancellationToken)
    {
        var row = await db.GetOrAddAsync(command.FillId, cancellationToken);
        row.RecordCharged(command.RxNumber, command.Amount, command.Currency, command.ChargedAt);
        return Unit.Value;
    }
}

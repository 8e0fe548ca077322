using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordPrescriptionVerified;

/// <summary>A pharmacist verified the prescription.</summary>
public sealed record RecordPrescriptionVerified(Guid PrescriptionId, long RxNumber, DateTimeOffset VerifiedAt) : ICommand;

internal sealed class RecordPrescriptionVerifiedHandler(ReportingDbContext db) : ICommandHandler<RecordPrescriptionVerified>
{
    public async ValueTask<Unit> Handle(RecordPrescriptionVerified command, CancellationToken cancellationToken)
    {
        var prescription = await db.GetOrAddPrescriptionAsync(command.PrescriptionId, command.RxNumber, cancellationToken);
        prescription.RecordVerified(command.VerifiedAt);
        foreach (var fill in await db.FillsOfAsync(command.PrescriptionId, cancellationToken))
        {
            fill.RecordPrescriptionVerified(command.VerifiedAt);
        }

        return Unit.Value;
    }
}

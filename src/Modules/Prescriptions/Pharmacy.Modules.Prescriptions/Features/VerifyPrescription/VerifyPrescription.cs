using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;

/// <summary>
/// A pharmacist verifies a received prescription with an electronic signature; the original fill is requested from
/// Compounding in the same transaction.
/// </summary>
[Access(PrescriptionAccess.Verify)]
public sealed record VerifyPrescription(Guid PrescriptionId, SignatureInput Signature) : ICommand<PrescriptionVerifiedResponse>, ISignedCommand
{
    // The signature carries a password: it must never be printed with the command.
    public override string ToString() => $"{nameof(VerifyPrescription)} {{ PrescriptionId = {PrescriptionId} }}";
}

public sealed record PrescriptionVerifiedResponse(Guid Id, long RxNumber, string Status, Guid FillId);

internal sealed class VerifyPrescriptionHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<VerifyPrescription, PrescriptionVerifiedResponse>
{
    public async ValueTask<PrescriptionVerifiedResponse> Handle(VerifyPrescription command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        var prescriber = await db.Prescribers.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProviderId == prescription.PrescriberId, cancellationToken);
        var authority = await db.PrescribingAuthorityOfAsync(prescriber?.ProviderId, cancellationToken);
        var schedule = await db.Formulas.AsNoTracking()
            .Where(formula => formula.Code == prescription.FormulaCode).Select(formula => formula.ControlledSchedule).SingleOrDefaultAsync(cancellationToken);
        var fill = prescription.Verify(prescriber, authority, schedule, user.Name, clock.GetUtcNow());
        return new PrescriptionVerifiedResponse(prescription.Id.Value, prescription.RxNumber, prescription.Status.ToString(), fill.Id.Value);
    }
}

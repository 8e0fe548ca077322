using Mediator;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.KeepPatientsSeparate;

/// <summary>
/// A pharmacist finds that a record flagged as a possible duplicate is another person of the same name and date of birth:
/// the flag is cleared, with who decided and when, in the audit trail.
/// </summary>
[Access(PatientAccess.DecideDuplicate)]
public sealed record KeepPatientsSeparate(Guid PatientId) : ICommand;

internal sealed class KeepPatientsSeparateHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<KeepPatientsSeparate>
{
    public async ValueTask<Unit> Handle(KeepPatientsSeparate command, CancellationToken cancellationToken)
    {
        var patient = await db.FindPatientAsync(command.PatientId, cancellationToken);
        patient.KeepSeparate(user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

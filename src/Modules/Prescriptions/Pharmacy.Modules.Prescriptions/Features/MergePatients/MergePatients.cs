using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.MergePatients;

/// <summary>
/// A pharmacist finds two records to be the same person: the duplicate's prescriptions move to the kept record, and the
/// duplicate stays as history, merged into it and found by no search. Each changed record is in the audit trail.
/// </summary>
[Access(PatientAccess.DecideDuplicate)]
public sealed record MergePatients(Guid DuplicatePatientId, Guid KeptPatientId) : ICommand<PatientsMergedResponse>;

public sealed record PatientsMergedResponse(Guid KeptPatientId, int PrescriptionsMoved);

internal sealed class MergePatientsHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MergePatients, PatientsMergedResponse>
{
    public async ValueTask<PatientsMergedResponse> Handle(MergePatients command, CancellationToken cancellationToken)
    {
        var duplicate = await db.FindPatientAsync(command.DuplicatePatientId, cancellationToken);
        var kept = command.KeptPatientId == command.DuplicatePatientId ? duplicate : await db.FindPatientAsync(command.KeptPatientId, cancellationToken);
        duplicate.MergeInto(kept, user.Name, clock.GetUtcNow());
        var prescriptions = await db.Prescriptions.Where(p => p.PatientId == duplicate.Id).ToListAsync(cancellationToken);
        foreach (var prescription in prescriptions)
        {
            prescription.BelongsTo(kept.Id);
        }

        return new PatientsMergedResponse(kept.Id.Value, prescriptions.Count);
    }
}

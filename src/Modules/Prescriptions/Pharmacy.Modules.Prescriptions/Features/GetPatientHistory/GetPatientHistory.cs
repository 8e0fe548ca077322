using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.GetPatientHistory;

/// <summary>The record history of a patient and their allergies, from the audit trail: registration, changes, merge or keep decisions.</summary>
[Access(PatientAccess.Read)]
public sealed record GetPatientHistory(Guid PatientId) : IQuery<IReadOnlyList<HistoryEntry>>;

internal sealed class GetPatientHistoryHandler(PrescriptionsDbContext db, PharmacyTimeZone zone) : IQueryHandler<GetPatientHistory, IReadOnlyList<HistoryEntry>>
{
    public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(GetPatientHistory query, CancellationToken cancellationToken)
    {
        var id = PatientId.From(query.PatientId);
        if (!await db.Patients.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException("Patient", query.PatientId);
        }

        return await RecordHistory.ReadAsync(db, zone, nameof(Patient), id.Value, cancellationToken);
    }
}

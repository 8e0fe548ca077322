using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.GetPossibleDuplicatePatients;

/// <summary>The records intake flagged as possibly the same person as an existing one, oldest first, each beside that record.</summary>
[Access(PatientAccess.DecideDuplicate)]
public sealed record GetPossibleDuplicatePatients(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<PossibleDuplicate>>;

public sealed record PossibleDuplicate(DuplicateSide Duplicate, DuplicateSide Existing);

public sealed record DuplicateSide(Guid Id, string Name, DateOnly DateOfBirth, string Sex, string State, DateTimeOffset RegisteredAt, int Prescriptions);

internal sealed class GetPossibleDuplicatePatientsHandler(PrescriptionsDbContext db)
    : IQueryHandler<GetPossibleDuplicatePatients, PagedResult<PossibleDuplicate>>
{
    public async ValueTask<PagedResult<PossibleDuplicate>> Handle(GetPossibleDuplicatePatients query, CancellationToken cancellationToken) =>
        await db.Patients.AsNoTracking()
            .Where(duplicate => duplicate.PossibleDuplicateOf != null && duplicate.MergedInto == null)
            .Join(db.Patients, duplicate => duplicate.PossibleDuplicateOf, existing => (Domain.Patients.PatientId?)existing.Id,
                (duplicate, existing) => new { duplicate, existing })
            .OrderBy(pair => pair.duplicate.RegisteredAt).ThenBy(pair => pair.duplicate.Id)
            .Select(pair => new PossibleDuplicate(
                new DuplicateSide(
                    pair.duplicate.Id.Value, pair.duplicate.FirstName + " " + pair.duplicate.LastName, pair.duplicate.DateOfBirth,
                    pair.duplicate.Sex.ToString(), pair.duplicate.State, pair.duplicate.RegisteredAt,
                    db.Prescriptions.Count(p => p.PatientId == pair.duplicate.Id)),
                new DuplicateSide(
                    pair.existing.Id.Value, pair.existing.FirstName + " " + pair.existing.LastName, pair.existing.DateOfBirth,
                    pair.existing.Sex.ToString(), pair.existing.State, pair.existing.RegisteredAt,
                    db.Prescriptions.Count(p => p.PatientId == pair.existing.Id))))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}

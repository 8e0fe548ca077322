using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.GetPatients;

/// <summary>
/// The patient records, by last and first name, searched by the start of each name ("alv", "alvarez maria") and by the
/// date of birth. Records merged into another are history and never listed.
/// </summary>
[Access(PatientAccess.Read)]
public sealed record GetPatients(string? Search, DateOnly? DateOfBirth, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<PatientSummary>>;

public sealed record PatientSummary(
    Guid Id, string LastName, string FirstName, DateOnly DateOfBirth, string Sex, string State, string AllergyStatus, bool PossibleDuplicate);

internal sealed class GetPatientsHandler(PrescriptionsDbContext db) : IQueryHandler<GetPatients, PagedResult<PatientSummary>>
{
    private static readonly char[] Separators = [' ', ',', '\t'];

    public async ValueTask<PagedResult<PatientSummary>> Handle(GetPatients query, CancellationToken cancellationToken)
    {
        var patients = db.Patients.AsNoTracking().Where(p => p.MergedInto == null);
        if (query.DateOfBirth is { } dateOfBirth)
        {
            patients = patients.Where(p => p.DateOfBirth == dateOfBirth);
        }

        foreach (var word in (query.Search ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = PatientNameKeys.Of(word);
            if (key.Length > 0)
            {
                patients = patients.Where(NameStarts(key));
            }
        }

        return await patients
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.DateOfBirth).ThenBy(p => p.Id)
            .Select(p => new PatientSummary(
                p.Id.Value, p.LastName, p.FirstName, p.DateOfBirth, p.Sex.ToString(), p.State, p.AllergyStatus.ToString(), p.PossibleDuplicateOf != null))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    /// <summary>The word starts the last or the first name: a range of the indexed name keys, as the prescription queue searches.</summary>
    private static Expression<Func<Patient, bool>> NameStarts(string key)
    {
        var (from, before) = PatientNameKeys.PrefixRange(key);
        return before is null
            ? p => string.Compare(EF.Property<string>(p, PatientNameKeys.LastNameKey), from) >= 0
                   || string.Compare(EF.Property<string>(p, PatientNameKeys.FirstNameKey), from) >= 0
            : p => (string.Compare(EF.Property<string>(p, PatientNameKeys.LastNameKey), from) >= 0
                    && string.Compare(EF.Property<string>(p, PatientNameKeys.LastNameKey), before) < 0)
                   || (string.Compare(EF.Property<string>(p, PatientNameKeys.FirstNameKey), from) >= 0
                       && string.Compare(EF.Property<string>(p, PatientNameKeys.FirstNameKey), before) < 0);
    }
}

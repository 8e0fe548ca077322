using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>
/// Which patient record a received prescription belongs to, from the current records with the patient's exact name and
/// date of birth: one that also agrees on sex and state is the same patient; when every such record differs in them, a new
/// record is registered and flagged as a possible duplicate of the first, for staff to merge or keep separate; none, a new record.
/// </summary>
public static class PatientIntake
{
    public static (Patient Patient, bool Registered) Match(IEnumerable<Patient> records, PatientDetails written, DateTimeOffset now)
    {
        var candidates = records
            .Where(record => record.IsCurrent && record.HasNameAndBirthDate(written.FirstName, written.LastName, written.DateOfBirth))
            // The original record before any flagged as its possible duplicate, then the oldest.
            .OrderBy(record => record.PossibleDuplicateOf is null ? 0 : 1)
            .ThenBy(record => record.RegisteredAt)
            .ToList();
        if (candidates.FirstOrDefault(record => !record.ConflictsWith(written.Sex, written.State)) is { } same)
        {
            return (same, false);
        }

        var original = candidates.FirstOrDefault();
        return (Patient.Register(written.FirstName, written.LastName, written.DateOfBirth, written.Sex, written.State, now, original?.Id), true);
    }
}

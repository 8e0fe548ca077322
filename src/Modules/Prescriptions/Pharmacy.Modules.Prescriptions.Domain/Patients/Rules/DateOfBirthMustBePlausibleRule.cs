using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class DateOfBirthMustBePlausibleRule(DateOnly dateOfBirth, DateOnly today) : IBusinessRule
{
    /// <summary>No living patient was born before this day.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public bool IsBroken() => dateOfBirth > today || dateOfBirth < Earliest;

    public string Message => dateOfBirth > today
        ? $"The date of birth {dateOfBirth:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}). Enter the date the patient was born."
        : $"The date of birth {dateOfBirth:yyyy-MM-dd} is before {Earliest:yyyy}. Check the year and enter the date the patient was born.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class PatientCannotBeMergedIntoItselfRule(PatientId duplicate, PatientId kept) : IBusinessRule
{
    public bool IsBroken() => duplicate == kept;

    public string Message => "A patient record cannot be merged into itself: choose the other record to keep.";
}

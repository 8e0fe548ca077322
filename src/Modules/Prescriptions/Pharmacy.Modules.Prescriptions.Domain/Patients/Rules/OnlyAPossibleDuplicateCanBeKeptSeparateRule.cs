using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class OnlyAPossibleDuplicateCanBeKeptSeparateRule(PatientId? possibleDuplicateOf) : IBusinessRule
{
    public bool IsBroken() => possibleDuplicateOf is null;

    public string Message => "This patient record is not flagged as a possible duplicate: there is nothing to decide.";
}

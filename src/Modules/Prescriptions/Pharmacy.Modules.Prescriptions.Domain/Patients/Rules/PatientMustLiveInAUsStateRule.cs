using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class PatientMustLiveInAUsStateRule(string? state) : IBusinessRule
{
    public bool IsBroken() => !PatientState.IsStateCode(state);

    public string Message => $"'{state}' is not a US state: enter the two-letter code of the state the patient lives in, such as TX.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class PatientNameMustBeGivenRule(string? firstName, string? lastName) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(firstName) || string.IsNullOrWhiteSpace(lastName);

    public string Message => "Enter the patient's first and last name as on their ID or the prescription.";
}

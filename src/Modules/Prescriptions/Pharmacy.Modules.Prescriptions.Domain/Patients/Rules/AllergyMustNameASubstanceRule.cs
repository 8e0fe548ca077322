using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class AllergyMustNameASubstanceRule(Allergy allergy) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(allergy.Substance);

    public string Message => "Name the substance the patient is allergic to (a drug, a drug class or an ingredient), or remove the empty allergy.";
}

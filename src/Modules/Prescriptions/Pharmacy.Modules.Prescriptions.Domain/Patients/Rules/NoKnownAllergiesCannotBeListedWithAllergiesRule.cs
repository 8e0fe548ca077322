using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class NoKnownAllergiesCannotBeListedWithAllergiesRule(AllergyStatus status, int allergies) : IBusinessRule
{
    public bool IsBroken() => (status == AllergyStatus.NoKnownAllergies && allergies > 0) || (status == AllergyStatus.Recorded && allergies == 0);

    public string Message => status == AllergyStatus.NoKnownAllergies
        ? "The patient cannot have no known allergies and listed allergies at once: remove the listed allergies, or answer that the patient has allergies."
        : "List at least one allergy, or answer that the patient has no known allergies.";
}

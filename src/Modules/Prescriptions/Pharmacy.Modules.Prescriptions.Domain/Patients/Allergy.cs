namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>
/// One allergy of the patient: the substance as people write it ("Penicillin", "Sulfa drugs"), with the code of a
/// terminology (RxNorm, SNOMED CT) when the sender coded it, and the reaction when it is known.
/// </summary>
public sealed record Allergy(string Substance, string? Code, string? Reaction);

/// <summary>
/// What is known of the patient's allergies. "Not yet asked" is not the same as "none": only an explicit answer of no
/// known allergies says the patient was asked and has none.
/// </summary>
public enum AllergyStatus
{
    [Pharmacy.Shared.Kernel.DisplayText("Allergies not recorded")]
    NotRecorded,

    [Pharmacy.Shared.Kernel.DisplayText("No known allergies")]
    NoKnownAllergies,

    [Pharmacy.Shared.Kernel.DisplayText("Allergies recorded")]
    Recorded,
}

namespace Pharmacy.Modules.Prescriptions.Fhir;

/// <summary>The code systems and identifier systems the FHIR endpoints read and write.</summary>
internal static class FhirSystems
{
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";

    /// <summary>The pharmacy's catalog of formulas (the codes of Compounding's approved master formulas).</summary>
    public const string FormulaCatalog = "urn:pharmacy:formula";

    /// <summary>The pharmacy's Rx numbers, as the stored MedicationRequest carries them.</summary>
    public const string RxNumber = "urn:pharmacy:rx-number";

    /// <summary>The intake rule an OperationOutcome's issue reports (the rule's name, as the REST API's "rule").</summary>
    public const string Rules = "urn:pharmacy:intake-rule";

    /// <summary>The pharmacy's own workflow status, beside the FHIR status it maps to.</summary>
    public const string PrescriptionStatus = "urn:pharmacy:prescription-status";
}

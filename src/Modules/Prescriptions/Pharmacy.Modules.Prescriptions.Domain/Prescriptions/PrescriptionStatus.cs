using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>The prescription workflow (DOMAIN.md): Received, verified by a pharmacist, made, dispensed or shipped.</summary>
public enum PrescriptionStatus
{
    Received,
    NeedsClarification,
    Verified,
    InProduction,
    ReadyToDispense,
    Dispensed,
    Shipped,
    OnHold,
    Cancelled,
}

/// <summary>How the prescription reached the pharmacy.</summary>
public enum IntakeChannel
{
    [DisplayText("API")]
    Api,

    [DisplayText("FHIR")]
    Fhir,
    Portal,
    Staff,
}

public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}

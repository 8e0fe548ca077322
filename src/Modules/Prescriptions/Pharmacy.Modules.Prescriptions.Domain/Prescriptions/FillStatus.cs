namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// One fill's way through the pharmacy: requested from Compounding, made in a batch, released by Quality, then
/// picked up or shipped. OnHold when its batch was rejected; Cancelled with its prescription.
/// </summary>
public enum FillStatus
{
    Requested,
    InProduction,
    ReadyToDispense,
    Dispensed,
    Shipped,
    OnHold,
    Cancelled,
}

/// <summary>How a fill left the pharmacy.</summary>
public enum DispenseMethod
{
    PickedUp,
    Shipped,
}

/// <summary>Who collected a fill at the counter, as they told the pharmacy.</summary>
public enum CollectorRelationship
{
    Self,
    Family,
    Caregiver,
    Other,
}

/// <summary>The patient's (or their agent's) answer to the pharmacist's offer of counselling, as the law requires it to be asked.</summary>
public enum CounsellingAnswer
{
    Accepted,
    Declined,
}

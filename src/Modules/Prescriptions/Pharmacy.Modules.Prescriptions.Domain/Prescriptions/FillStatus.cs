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

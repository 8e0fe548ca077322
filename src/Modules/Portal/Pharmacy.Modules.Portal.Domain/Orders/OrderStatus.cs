using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders;

/// <summary>Where an order stands, in the words a clinic uses; learnt from the pharmacy's events about its prescription.</summary>
public enum OrderStatus
{
    /// <summary>Placed on the portal; the pharmacy has not taken it in yet (moments, normally).</summary>
    [DisplayText("Sent to the pharmacy")]
    Sent,

    Received,

    [DisplayText("Question from the pharmacy")]
    NeedsClarification,

    Verified,

    [DisplayText("In production")]
    InProduction,

    [DisplayText("Released, ready to ship")]
    ReadyToDispense,

    Shipped,

    [DisplayText("Picked up")]
    Dispensed,

    [DisplayText("On hold")]
    OnHold,

    Cancelled,
}

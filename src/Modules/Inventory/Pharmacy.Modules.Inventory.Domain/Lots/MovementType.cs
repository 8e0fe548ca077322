namespace Pharmacy.Modules.Inventory.Domain.Lots;

/// <summary>
/// The kinds of line in a lot's stock ledger. Quantities are signed by their effect on what is available: a receipt
/// adds, a reservation, consumption, waste or return takes away, a reservation release gives back, an adjustment
/// goes either way. The sum of all lines is what is available; the sum of the lines other than reservations is
/// what is on hand.
/// </summary>
public enum MovementType
{
    Receipt,
    Reservation,
    ReservationRelease,
    Consumption,
    Adjustment,
    Waste,

    /// <summary>Stock sent back to the vendor (damaged, short-dated, recalled).</summary>
    Return,
}

public static class MovementTypes
{
    /// <summary>Reservations earmark stock for a batch without moving it off the shelf.</summary>
    public static bool AffectsOnHand(this MovementType type) => type is not (MovementType.Reservation or MovementType.ReservationRelease);
}

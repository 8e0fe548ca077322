namespace Pharmacy.Modules.Inventory.Domain.Lots;

/// <summary>
/// Where a lot stands: Quarantined on receipt until its certificate of analysis is reviewed, then Released for use;
/// it ends Expired, Recalled or Depleted (nothing left on hand).
/// </summary>
public enum LotStatus
{
    Quarantined,
    Released,
    Expired,
    Recalled,
    Depleted,
}

public static class LotStatuses
{
    /// <summary>
    /// The status as staff must see it today: a lot past its expiry date is Expired whatever was last recorded, since
    /// expiry happens by the calendar, not by anybody's act.
    /// </summary>
    public static LotStatus Effective(LotStatus recorded, DateOnly expiresOn, DateOnly today) =>
        recorded is LotStatus.Quarantined or LotStatus.Released && expiresOn < today ? LotStatus.Expired : recorded;
}

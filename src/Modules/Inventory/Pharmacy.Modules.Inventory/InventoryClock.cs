namespace Pharmacy.Modules.Inventory;

internal static class InventoryClock
{
    /// <summary>Today's date (UTC), the day expiry dates are compared with.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

namespace Pharmacy.Modules.Billing.Domain.Prices;

/// <summary>The limits a price is checked against.</summary>
public static class PriceLimits
{
    /// <summary>A price per capsule, mL or g: far above what any compounded preparation costs, so a larger one is a typing error.</summary>
    public const decimal MaxPricePerUnit = 10_000m;
}

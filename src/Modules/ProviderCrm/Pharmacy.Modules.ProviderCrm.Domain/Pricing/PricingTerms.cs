using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

/// <summary>How an agreement prices a formula: a price of its own per dispensing unit, or a discount off the list price.</summary>
public enum PricingTerms
{
    [DisplayText("Agreed price per unit")]
    PricePerUnit,

    [DisplayText("Discount off the list price")]
    PercentDiscount,
}

/// <summary>The bounds an agreed price or discount is checked against.</summary>
public static class PricingLimits
{
    /// <summary>The same bound as Billing's price limit: a price per unit above it is a typing error.</summary>
    public const decimal MaxPricePerUnit = 10_000m;

    /// <summary>A discount takes something off and never the whole price.</summary>
    public const decimal MaxDiscountPercent = 90m;

    /// <summary>A formula code as the catalog writes it (LDN-4.5-CAP).</summary>
    public const int FormulaCodeLength = 40;
}

using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public static class PriceRules
{
    /// <summary>A price per capsule, mL or g: far above what any compounded preparation costs, so a larger one is a typing error.</summary>
    public const decimal MaxPricePerUnit = 10_000m;
}

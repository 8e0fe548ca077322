using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Web.TagHelpers;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages;

/// <summary>How the inventory pages write quantities, NDCs and kinds.</summary>
public static class InventoryDisplay
{
    public static string Quantity(decimal quantity, string unit) => StockQuantities.Format(quantity, unit);

    /// <summary>A signed ledger quantity: "+25 g", "−1.35 g".</summary>
    public static string Signed(decimal quantity, string unit) =>
        quantity > 0 ? "+" + StockQuantities.Format(quantity, unit) : "−" + StockQuantities.Format(-quantity, unit);

    /// <summary>The 11-digit NDC in its 5-4-2 form, as printed on claims.</summary>
    public static string Ndc(string? ndc) =>
        ndc is { Length: 11 } ? $"{ndc[..5]}-{ndc[5..9]}-{ndc[9..]}" : ndc ?? "—";

    public static string Kind(string kind) => kind == nameof(ItemKind.Api) ? "API" : StatusBadgeTagHelper.Humanize(kind);

    public static string Money(decimal amount, string currency) =>
        currency == "USD" ? amount.ToString("$#,##0.00", System.Globalization.CultureInfo.InvariantCulture) : $"{amount:0.00} {currency}";
}

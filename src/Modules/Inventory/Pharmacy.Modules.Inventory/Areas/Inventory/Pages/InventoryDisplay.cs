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

    /// <summary>
    /// An audit entry's changed values in words: "Status: Quarantined → Released". Identifiers are left out; they name
    /// the record, which the row already does.
    /// </summary>
    public static string Changes(string? before, string? after)
    {
        var old = Values(before);
        var @new = Values(after);
        return string.Join("; ", @new.Keys.Union(old.Keys)
            .Where(key => key is not ("Id" or "ItemId"))
            .Select(key => old.TryGetValue(key, out var was)
                ? $"{key}: {was} → {@new.GetValueOrDefault(key, "—")}"
                : $"{key}: {@new[key]}"));
    }

    private static Dictionary<string, string> Values(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            property => property.Name,
            property => property.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? "—" : property.Value.ToString());
    }

    public static string Money(decimal amount, string currency) =>
        currency == "USD" ? amount.ToString("$#,##0.00", System.Globalization.CultureInfo.InvariantCulture) : $"{amount:0.00} {currency}";
}

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages;

/// <summary>How the inventory pages write NDCs.</summary>
public static class InventoryDisplay
{
    /// <summary>The 11-digit NDC in its 5-4-2 form, as printed on claims.</summary>
    public static string Ndc(string? ndc) =>
        ndc is { Length: 11 } ? $"{ndc[..5]}-{ndc[5..9]}-{ndc[9..]}" : ndc ?? "—";
}

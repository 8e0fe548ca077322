using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Inventory.Domain.Items;

namespace Pharmacy.Modules.Inventory.Persistence;

internal static class StockUnitConversion
{
    /// <summary>Units are stored by their symbol ("g", "mL", "each"), as reports and other systems read them.</summary>
    public static PropertyBuilder<StockUnit> HasStockUnitConversion(this PropertyBuilder<StockUnit> property) =>
        property.HasConversion(unit => unit.Symbol(), symbol => StockUnits.FromSymbol(symbol)).HasMaxLength(10);
}

/// <summary>
/// Quantities keep six decimals: the smallest amounts in the catalog are micrograms of a gram-counted drug
/// (alprostadil at 0.00001 g per mL).
/// </summary>
internal static class QuantityPrecision
{
    public const int Digits = 18;
    public const int Scale = 6;
}

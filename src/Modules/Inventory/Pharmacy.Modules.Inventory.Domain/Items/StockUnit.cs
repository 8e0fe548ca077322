namespace Pharmacy.Modules.Inventory.Domain.Items;

/// <summary>The unit an item is counted in. Every quantity of the item, on every lot and movement, is in this unit.</summary>
public enum StockUnit
{
    Gram,
    Milliliter,
    Each,
}

public static class StockUnits
{
    /// <summary>The symbol used on labels, worksheets and in messages between modules ("g", "mL", "each").</summary>
    public static string Symbol(this StockUnit unit) => unit switch
    {
        StockUnit.Gram => "g",
        StockUnit.Milliliter => "mL",
        StockUnit.Each => "each",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static StockUnit FromSymbol(string symbol) =>
        TryParse(symbol, out var unit) ? unit : throw new ArgumentException($"'{symbol}' is not a stock unit (g, mL, each).", nameof(symbol));

    /// <summary>Reads a symbol as written by people and other modules: "mL" and "ml" are the same unit; "mg" is not grams.</summary>
    public static bool TryParse(string? symbol, out StockUnit unit)
    {
        switch (symbol?.Trim().ToLowerInvariant())
        {
            case "g":
                unit = StockUnit.Gram;
                return true;
            case "ml":
                unit = StockUnit.Milliliter;
                return true;
            case "each" or "ea":
                unit = StockUnit.Each;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    /// <summary>True when <paramref name="symbol"/> names this unit; no conversion is ever made between units.</summary>
    public static bool Matches(this StockUnit unit, string? symbol) => TryParse(symbol, out var other) && other == unit;
}

public static class StockQuantities
{
    /// <summary>"12.5 g", "0.0045 g", "300 each": as many decimals as the quantity has, no trailing zeros.</summary>
    public static string Format(decimal quantity, StockUnit unit) => Format(quantity, unit.Symbol());

    public static string Format(decimal quantity, string unit) =>
        $"{quantity.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} {unit}";
}

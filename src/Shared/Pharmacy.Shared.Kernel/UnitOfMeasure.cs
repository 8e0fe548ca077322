using System.Diagnostics.CodeAnalysis;

namespace Pharmacy.Shared.Kernel;

/// <summary>What a quantity measures: a mass, a volume, or a count of whole things.</summary>
public enum Dimension
{
    Mass,
    Volume,
    Count,
}

/// <summary>
/// A unit the pharmacy weighs, measures or counts in. Masses and volumes convert within their dimension by powers of
/// ten (exact in decimal); a count names what is counted, so 30 capsules are never 30 tablets and nothing converts to
/// or from a count. Units are stored and exchanged by their <see cref="Symbol"/> ("g", "mL", "each", "capsule").
/// </summary>
public sealed class UnitOfMeasure : IEquatable<UnitOfMeasure>
{
    public static readonly UnitOfMeasure Kilogram = new("kg", Dimension.Mass, 1_000_000_000m, "kilogram", "kilograms");
    public static readonly UnitOfMeasure Gram = new("g", Dimension.Mass, 1_000_000m, "gram", "grams", "gm");
    public static readonly UnitOfMeasure Milligram = new("mg", Dimension.Mass, 1_000m, "milligram", "milligrams");
    public static readonly UnitOfMeasure Microgram = new("mcg", Dimension.Mass, 1m, "µg", "ug", "microgram", "micrograms");
    public static readonly UnitOfMeasure Liter = new("L", Dimension.Volume, 1_000m, "litre", "liter", "litres", "liters");
    public static readonly UnitOfMeasure Milliliter = new("mL", Dimension.Volume, 1m, "millilitre", "milliliter", "millilitres", "milliliters");
    public static readonly UnitOfMeasure Each = new("each", Dimension.Count, 1m, "ea");
    public static readonly UnitOfMeasure Capsule = new("capsule", Dimension.Count, 1m, "capsules", "cap", "caps");
    public static readonly UnitOfMeasure Tablet = new("tablet", Dimension.Count, 1m, "tablets", "tab", "tabs");
    public static readonly UnitOfMeasure Troche = new("troche", Dimension.Count, 1m, "troches");
    public static readonly UnitOfMeasure Suppository = new("suppository", Dimension.Count, 1m, "suppositories");

    /// <summary>Every unit, in the order people list them.</summary>
    public static readonly IReadOnlyList<UnitOfMeasure> All =
        [Kilogram, Gram, Milligram, Microgram, Liter, Milliliter, Each, Capsule, Tablet, Troche, Suppository];

    // Case is ignored: "mL", "ml" and "ML" are the same unit, and no two of the pharmacy's units differ only by case.
    private static readonly Dictionary<string, UnitOfMeasure> BySpelling = All
        .SelectMany(unit => unit._spellings.Prepend(unit.Symbol).Select(spelling => (spelling, unit)))
        .ToDictionary(pair => pair.spelling, pair => pair.unit, StringComparer.OrdinalIgnoreCase);

    private readonly string[] _spellings;

    private UnitOfMeasure(string symbol, Dimension dimension, decimal smallestUnitsPerUnit, params string[] spellings)
    {
        Symbol = symbol;
        Dimension = dimension;
        SmallestUnitsPerUnit = smallestUnitsPerUnit;
        _spellings = spellings;
    }

    /// <summary>As printed on labels and worksheets and stored in the database: "g", "mg", "mcg", "mL", "each", "capsule".</summary>
    public string Symbol { get; }

    public Dimension Dimension { get; }

    /// <summary>How many of the dimension's smallest unit (mcg, mL) one of this unit is.</summary>
    private decimal SmallestUnitsPerUnit { get; }

    /// <summary>Reads a unit as people and other systems write it ("g", "mL", "ml", "each", "ea", "capsules").</summary>
    public static UnitOfMeasure Parse(string? text) =>
        TryParse(text, out var unit)
            ? unit
            : throw new FormatException(
                $"'{text}' is not a unit the pharmacy uses ({string.Join(", ", All.Select(known => known.Symbol))}).");

    public static bool TryParse(string? text, [NotNullWhen(true)] out UnitOfMeasure? unit)
    {
        unit = null;
        return text is not null && BySpelling.TryGetValue(text.Trim(), out unit);
    }

    /// <summary>True when <paramref name="text"/> names this very unit; "mg" does not name grams.</summary>
    public bool Matches(string? text) => TryParse(text, out var other) && other == this;

    /// <summary>Masses to masses and volumes to volumes; a count only to itself.</summary>
    public bool ConvertsTo(UnitOfMeasure other) =>
        other == this || (Dimension == other.Dimension && Dimension != Dimension.Count);

    /// <summary>The factor that turns an amount in this unit into one in <paramref name="other"/>: 1 g is 1000 mg.</summary>
    public decimal FactorTo(UnitOfMeasure other) =>
        ConvertsTo(other) ? SmallestUnitsPerUnit / other.SmallestUnitsPerUnit : throw new UnitConversionException(this, other);

    public bool Equals(UnitOfMeasure? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Symbol.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Symbol;
}

/// <summary>Thrown when a quantity would be converted between units that measure different things (grams to mL).</summary>
public sealed class UnitConversionException(UnitOfMeasure from, UnitOfMeasure to) : InvalidOperationException(Explain(from, to))
{
    public UnitOfMeasure From { get; } = from;

    public UnitOfMeasure To { get; } = to;

    private static string Explain(UnitOfMeasure from, UnitOfMeasure to) =>
        from.Dimension == Dimension.Count && to.Dimension == Dimension.Count
            ? $"A count of {from.Symbol} is not a count of {to.Symbol}; counts are never converted."
            : $"{from.Symbol} ({Word(from.Dimension)}) cannot be converted to {to.Symbol} ({Word(to.Dimension)}): " +
              "that needs the preparation's density or strength, which a unit does not know.";

    private static string Word(Dimension dimension) => dimension switch
    {
        Dimension.Mass => "a mass",
        Dimension.Volume => "a volume",
        _ => "a count",
    };
}

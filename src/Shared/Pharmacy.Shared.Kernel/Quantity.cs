using System.Globalization;

namespace Pharmacy.Shared.Kernel;

/// <summary>
/// An amount in a unit: "12.5 g", "0.0045 g", "30 capsule". Arithmetic and comparison work across units of one
/// dimension (the right side is converted into the left side's unit, exactly); across dimensions they are refused
/// with a <see cref="UnitConversionException"/>, because grams are not millilitres without a density.
/// </summary>
public readonly record struct Quantity : IComparable<Quantity>
{
    private readonly UnitOfMeasure? _unit;

    public Quantity(decimal amount, UnitOfMeasure unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Amount = amount;
        _unit = unit;
    }

    public decimal Amount { get; }

    /// <summary>The unit; a quantity nobody set (the default) has none and cannot be used.</summary>
    public UnitOfMeasure Unit => _unit ?? throw new InvalidOperationException("This quantity was never given a unit.");

    public bool IsZero => Amount == 0;

    public bool IsPositive => Amount > 0;

    public static Quantity Of(decimal amount, string unit) => new(amount, UnitOfMeasure.Parse(unit));

    public static Quantity Zero(UnitOfMeasure unit) => new(0, unit);

    /// <summary>The same quantity in another unit of its dimension: 0.5 mcg is 0.0005 mg.</summary>
    public Quantity In(UnitOfMeasure unit) => unit == Unit ? this : new Quantity(Amount * Unit.FactorTo(unit), unit);

    public static Quantity operator +(Quantity left, Quantity right) => new(left.Amount + right.In(left.Unit).Amount, left.Unit);

    public static Quantity operator -(Quantity left, Quantity right) => new(left.Amount - right.In(left.Unit).Amount, left.Unit);

    public static Quantity operator -(Quantity quantity) => new(-quantity.Amount, quantity.Unit);

    /// <summary>Scales a quantity: a quantity per dispensing unit times the number of units in a batch.</summary>
    public static Quantity operator *(Quantity quantity, decimal factor) => new(quantity.Amount * factor, quantity.Unit);

    public static Quantity operator *(decimal factor, Quantity quantity) => quantity * factor;

    /// <summary>How many times <paramref name="right"/> goes into <paramref name="left"/>: actual over theoretical.</summary>
    public static decimal operator /(Quantity left, Quantity right) => left.Amount / right.In(left.Unit).Amount;

    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    public static Quantity Min(Quantity left, Quantity right) => left <= right ? left : right.In(left.Unit);

    public static Quantity Max(Quantity left, Quantity right) => left >= right ? left : right.In(left.Unit);

    public int CompareTo(Quantity other) => Amount.CompareTo(other.In(Unit).Amount);

    /// <summary>Equal amounts in the same unit; 1 g and 1000 mg are the same mass but not the same record (compare them with CompareTo).</summary>
    public bool Equals(Quantity other) => _unit == other._unit && Amount == other.Amount;

    public override int GetHashCode() => HashCode.Combine(Amount, _unit);

    /// <summary>"12.5 g", "0.0045 g", "300 each": as many decimals as the amount has (up to six), no trailing zeros.</summary>
    public override string ToString() => $"{FormatAmount(Amount)} {_unit?.Symbol}".TrimEnd();

    /// <summary>A change to stock, signed: "+25 g", "−1.35 g".</summary>
    public string ToSignedString() => Amount > 0 ? $"+{this}" : $"−{-this}";

    /// <summary>The amount alone, written as <see cref="ToString"/> writes it.</summary>
    public static string FormatAmount(decimal amount) => amount.ToString("0.######", CultureInfo.InvariantCulture);
}

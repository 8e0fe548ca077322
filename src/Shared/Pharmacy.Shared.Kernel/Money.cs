using System.Globalization;

namespace Pharmacy.Shared.Kernel;

/// <summary>
/// An amount of money in one currency (US dollars here). It keeps the exact amount (a price per mL may be $0.0045);
/// what is charged or paid is rounded to whole cents, half a cent away from zero the way a till does, by
/// <see cref="RoundedToCents"/> and nowhere else. Sums and comparisons refuse to mix currencies.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public const string Usd = "USD";

    private readonly string? _currency;

    public Money(decimal amount, string currency)
    {
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{currency}' is not a currency code (three capital letters, as USD).", nameof(currency));
        }

        Amount = amount;
        _currency = currency;
    }

    public decimal Amount { get; }

    /// <summary>The ISO 4217 code; money nobody set (the default) is dollars.</summary>
    public string Currency => _currency ?? Usd;

    public bool IsZero => Amount == 0;

    public bool IsPositive => Amount > 0;

    /// <summary>True when the amount is dollars and cents, with nothing below a cent.</summary>
    public bool HasWholeCents => Amount == decimal.Round(Amount, 2);

    public static Money Dollars(decimal amount) => new(amount, Usd);

    public static Money Zero(string currency = Usd) => new(0, currency);

    /// <summary>The one rounding of money: to whole cents, half a cent away from zero ($1.005 is $1.01, -$1.005 is -$1.01).</summary>
    public Money RoundedToCents() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero), Currency);

    public static Money operator +(Money left, Money right) => new(left.Amount + right.AmountIn(left.Currency), left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - right.AmountIn(left.Currency), left.Currency);

    public static Money operator -(Money money) => new(-money.Amount, money.Currency);

    /// <summary>A price per unit times a quantity of units; exact, so round the total (not the price) once.</summary>
    public static Money operator *(Money money, decimal quantity) => new(money.Amount * quantity, money.Currency);

    public static Money operator *(decimal quantity, Money money) => money * quantity;

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public int CompareTo(Money other) => Amount.CompareTo(other.AmountIn(Currency));

    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>"$1,234.50": to the cent, as on a charge, a receipt or a statement.</summary>
    public override string ToString() => Format("#,##0.00");

    /// <summary>"$0.0045", "$12.50": a price per unit, with the fractions of a cent it has (up to four decimals).</summary>
    public string ToUnitPriceString() => Format("#,##0.00##");

    private string Format(string number)
    {
        var digits = Math.Abs(Amount).ToString(number, CultureInfo.InvariantCulture);
        var sign = Amount < 0 ? "-" : "";
        return Currency switch
        {
            Usd => $"{sign}${digits}",
            "EUR" => $"{sign}€{digits}",
            "GBP" => $"{sign}£{digits}",
            _ => $"{sign}{digits} {Currency}",
        };
    }

    private decimal AmountIn(string currency) =>
        Currency == currency ? Amount : throw new CurrencyMismatchException(currency, Currency);
}

/// <summary>Thrown when dollars would be added to, subtracted from or compared with another currency.</summary>
public sealed class CurrencyMismatchException(string expected, string actual)
    : InvalidOperationException($"Money in {actual} cannot be combined with money in {expected}; convert it first.")
{
    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}

using System.Globalization;

namespace Pharmacy.Modules.Billing.Domain;

/// <summary>Money is decimal, in US dollars for now, rounded to whole cents the way a till does (half a cent goes up).</summary>
public static class Money
{
    public const string Usd = "USD";

    public static decimal RoundToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasWholeCents(decimal amount) => amount == Math.Round(amount, 2);

    public static string Format(decimal amount) => amount.ToString("$#,##0.00", CultureInfo.InvariantCulture);
}

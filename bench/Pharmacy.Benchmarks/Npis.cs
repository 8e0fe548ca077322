namespace Pharmacy.Benchmarks;

/// <summary>Distinct valid NPIs: nine digits, then the Luhn check digit over "80840" + those nine.</summary>
public static class Npis
{
    private const long FirstPayload = 100_000_000;

    /// <summary>The <paramref name="index"/>-th NPI of the sequence; different indexes give different NPIs.</summary>
    public static string At(int index)
    {
        var payload = (FirstPayload + index).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return payload + CheckDigit(payload);
    }

    public static char CheckDigit(string payload)
    {
        var digits = "80840" + payload;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // The rightmost payload digit is doubled, since the check digit goes after it.
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}

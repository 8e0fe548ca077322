namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>
/// National Provider Identifier: ten digits, the last a Luhn check digit computed over "80840" followed by the
/// first nine (so 1234567893 is valid).
/// </summary>
public sealed record Npi
{
    private Npi(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? candidate)
    {
        if (candidate is not { Length: 10 } || !candidate.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = "80840" + candidate[..9];
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // Doubling starts from the rightmost digit of the payload, since the check digit is appended after it.
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

        var check = (10 - (sum % 10)) % 10;
        return check == candidate[9] - '0';
    }

    public static Npi Create(string candidate)
    {
        if (!IsValid(candidate))
        {
            throw new ArgumentException($"'{candidate}' is not a valid NPI.", nameof(candidate));
        }

        return new Npi(candidate);
    }

    public override string ToString() => Value;
}

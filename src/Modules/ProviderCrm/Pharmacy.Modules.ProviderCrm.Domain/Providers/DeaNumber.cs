namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>
/// A DEA registration number: two letters and seven digits. The first letter is the registrant type, the second the
/// first letter of the practitioner's last name; the last digit is the last digit of (d1+d3+d5) + 2*(d2+d4+d6),
/// so AB1234563 is well formed (for a practitioner whose last name starts with B).
/// </summary>
public static class DeaNumber
{
    /// <summary>Registrant types a prescriber's registration may carry (A, B, F, G: practitioners; M: mid-level).</summary>
    public const string RegistrantTypes = "ABCDEFGHJKLMPRSTUX";

    public static bool IsWellFormed(string? candidate)
    {
        if (candidate is not { Length: 9 }
            || !RegistrantTypes.Contains(char.ToUpperInvariant(candidate[0]))
            || !char.IsAsciiLetter(candidate[1])
            || !candidate[2..].All(char.IsAsciiDigit))
        {
            return false;
        }

        int D(int position) => candidate[1 + position] - '0';
        var sum = D(1) + D(3) + D(5) + (2 * (D(2) + D(4) + D(6)));
        return sum % 10 == D(7);
    }

    /// <summary>The second letter is the first letter of the last name the registration was issued to.</summary>
    public static bool MatchesLastName(string number, string lastName) =>
        number.Length > 1 && lastName.Trim().Length > 0
        && char.ToUpperInvariant(number[1]) == char.ToUpperInvariant(lastName.Trim()[0]);

    public static string Normalize(string number) => number.Trim().ToUpperInvariant();
}

using System.Text.RegularExpressions;

namespace Pharmacy.Shared.Infrastructure.Validation;

/// <summary>
/// The formats of contact details and addresses, one definition for every module: e-mail, US phone number and
/// the two-letter codes of the states and territories where a prescriber can be licensed and a patient can live.
/// An optional field left empty is not an error here; a required one says so with NotEmpty.
/// </summary>
public static partial class ContactRules
{
    public static readonly IReadOnlySet<string> StateCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    };

    public const string StateMessage = "Enter a two-letter US state code, such as TX.";

    public static bool IsStateCode(string? code) => code is { Length: 2 } && StateCodes.Contains(code);

    public const string ZipMessage = "Enter a ZIP code of 5 digits, or ZIP+4 such as 78701-1234.";

    /// <summary>A US ZIP code: five digits, or ZIP+4.</summary>
    public static bool IsZipCode(string? zip) => zip is not null && ZipPattern().IsMatch(zip.Trim());

    public static bool IsEmail(string? email) => string.IsNullOrWhiteSpace(email) || EmailPattern().IsMatch(email.Trim());

    /// <summary>Ten digits once punctuation and a leading country code 1 are set aside: (512) 555-0142, +1 512 555 0142.</summary>
    public static bool IsPhoneNumber(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return true;
        }

        if (!PhonePattern().IsMatch(phone))
        {
            return false;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.Length == 11 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        // North American numbers: neither the area code nor the exchange starts with 0 or 1.
        return digits.Length == 10 && digits[0] >= '2' && digits[3] >= '2';
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?$")]
    private static partial Regex ZipPattern();

    [GeneratedRegex(@"^\+?[0-9 ().\-]{7,25}$")]
    private static partial Regex PhonePattern();
}

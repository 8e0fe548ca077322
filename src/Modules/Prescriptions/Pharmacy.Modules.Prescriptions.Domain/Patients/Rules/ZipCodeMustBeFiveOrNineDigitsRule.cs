using System.Text.RegularExpressions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed partial class ZipCodeMustBeFiveOrNineDigitsRule(string? zip) : IBusinessRule
{
    public bool IsBroken() => zip is null || !ZipPattern().IsMatch(zip);

    public string Message => $"'{zip}' is not a ZIP code: enter 5 digits, or ZIP+4 such as 78701-1234.";

    [GeneratedRegex("^[0-9]{5}(-?[0-9]{4})?$")]
    private static partial Regex ZipPattern();
}

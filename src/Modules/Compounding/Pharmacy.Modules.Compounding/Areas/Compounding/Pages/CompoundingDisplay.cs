using System.Globalization;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages;

/// <summary>How compounding facts read on the staff pages.</summary>
internal static class CompoundingDisplay
{
    /// <summary>What a pharmacist means by signing a formula approval; the first is the usual one.</summary>
    public static readonly IReadOnlyList<string> ApprovalMeanings =
    [
        "Approved: formula reviewed and approved for compounding",
        "Approved: change reviewed and accepted under change control",
    ];

    /// <summary>What a pharmacist means by signing a formula's withdrawal; the first is the usual one.</summary>
    public static readonly IReadOnlyList<string> WithdrawalMeanings =
    [
        "Retired: formula withdrawn from compounding for the reason given",
        "Retired: draft abandoned, not to be approved",
    ];

    /// <summary>What a pharmacist means by signing a batch check; the first is the usual one.</summary>
    public static readonly IReadOnlyList<string> CheckMeanings =
    [
        "Checked: weights and lots verified against the worksheet",
        "Checked: compounding record reviewed, deviations assessed and accepted",
    ];

    public static string When(DateTimeOffset? at) => at is { } value ? value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "—";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string FormulaLink(string code, int version) => $"/Compounding/Formulas/Details/{Uri.EscapeDataString(code)}?version={version}";

    public static string CompareLink(string code, int from, int to) =>
        $"/Compounding/Formulas/Compare/{Uri.EscapeDataString(code)}?from={from}&to={to}";
}

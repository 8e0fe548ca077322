using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Formulas;

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

    /// <summary>What a pharmacist means by signing a batch check; the first is the usual one.</summary>
    public static readonly IReadOnlyList<string> CheckMeanings =
    [
        "Checked: weights and lots verified against the worksheet",
        "Checked: compounding record reviewed, deviations assessed and accepted",
    ];

    public static string Preparation(string preparation) => Enum.TryParse<PreparationType>(preparation, out var type)
        ? type switch
        {
            PreparationType.NonSterile => "Non-sterile",
            PreparationType.SterileCategory1 => "Sterile, Category 1",
            PreparationType.SterileCategory2 => "Sterile, Category 2",
            _ => "Sterile, Category 3",
        }
        : preparation;

    public static string Storage(string? storage) => storage switch
    {
        nameof(StorageCondition.Room) => "Room temperature (20-25 C)",
        nameof(StorageCondition.Refrigerator) => "Refrigerator (2-8 C)",
        nameof(StorageCondition.Freezer) => "Freezer (-25 to -10 C)",
        null => "—",
        _ => storage,
    };

    public static string LimitedBy(string? limitedBy) => limitedBy switch
    {
        nameof(BudLimitedBy.UspLimit) => "USP limit",
        nameof(BudLimitedBy.Stability) => "Stability reference",
        nameof(BudLimitedBy.IngredientExpiry) => "Ingredient lot expiry",
        _ => "—",
    };

    public static string When(DateTimeOffset? at) => at is { } value ? value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "—";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string FormulaLink(string code, int version) => $"/Compounding/Formulas/Details/{Uri.EscapeDataString(code)}?version={version}";
}

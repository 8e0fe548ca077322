namespace Pharmacy.Modules.Portal.Domain.Orders;

/// <summary>
/// Directions chosen from structured parts, so that none is missing (incomplete directions are the first cause of
/// call-backs): how much, of what, by which route, how often. The sig is composed from them.
/// </summary>
public static class Directions
{
    public static readonly IReadOnlyList<string> DoseUnits = ["capsule", "capsules", "mL", "gram", "grams", "click", "clicks", "troche", "suppository", "drop", "drops"];

    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["oral"] = "by mouth",
        ["topical"] = "to the affected area",
        ["transdermal"] = "to the skin",
        ["sublingual"] = "under the tongue",
        ["buccal"] = "between cheek and gum",
        ["rectal"] = "rectally",
        ["vaginal"] = "vaginally",
        ["subcutaneous"] = "by subcutaneous injection",
        ["ophthalmic"] = "in the eye",
    };

    public static readonly IReadOnlyDictionary<string, string> Frequencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["daily"] = "once daily",
        ["bedtime"] = "once daily at bedtime",
        ["bid"] = "twice daily",
        ["tid"] = "three times daily",
        ["qid"] = "four times daily",
        ["weekly"] = "once weekly",
        ["prn"] = "as needed",
    };

    /// <summary>"Take 1 capsule by mouth once daily at bedtime"; "Apply 1 click to the skin twice daily".</summary>
    public static string Compose(decimal amount, string doseUnit, string route, string frequency)
    {
        var verb = route switch
        {
            "topical" or "transdermal" => "Apply",
            "rectal" or "vaginal" => "Insert",
            "subcutaneous" => "Inject",
            "ophthalmic" => "Instil",
            _ => "Take",
        };
        return $"{verb} {amount.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} {doseUnit} {Routes[route]} {Frequencies[frequency]}";
    }
}

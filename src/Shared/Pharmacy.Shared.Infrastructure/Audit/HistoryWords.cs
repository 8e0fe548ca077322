using System.Text.RegularExpressions;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>Names of acts, fields and states as the pharmacy writes them: "RecordQcResult" reads "Record QC result".</summary>
public static partial class HistoryWords
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Qc"] = "QC", ["Bud"] = "BUD", ["Ndc"] = "NDC", ["Npi"] = "NPI", ["Usp"] = "USP", ["Api"] = "API", ["Dea"] = "DEA", ["Id"] = "ID",
    };

    /// <summary>"Patient.FirstName" reads "Patient first name"; a trailing "Id" is dropped ("ApprovedById" reads "Approved by").</summary>
    public static string Of(string name)
    {
        var words = CamelHumps().Split(name.Replace('.', ' ')).SelectMany(part => part.Split(' ')).Where(word => word.Length > 0).ToList();
        if (words.Count > 1 && words[^1] == "Id")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.Select((word, i) => Acronyms.TryGetValue(word, out var acronym) ? acronym
            : i == 0 ? char.ToUpperInvariant(word[0]) + word[1..]
            : word.ToLowerInvariant()));
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex CamelHumps();
}

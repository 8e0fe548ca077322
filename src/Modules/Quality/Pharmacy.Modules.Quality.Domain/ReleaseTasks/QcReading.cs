using System.Globalization;
using System.Text.RegularExpressions;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// Reads a measured QC result in its check's unit: a plain invariant number, or the number with that unit typed after it
/// ("4.6", "4.6 mg", "98.5%", "pH 7.1"). A number in another unit ("4.6%" for milligrams) is not read.
/// </summary>
public static partial class QcReading
{
    public static decimal? Read(QcMeasure measure, string result)
    {
        var match = measure switch
        {
            QcMeasure.PercentOfLabel => PercentOfLabel().Match(result),
            QcMeasure.MgPerUnit => MgPerUnit().Match(result),
            QcMeasure.Ph => Ph().Match(result),
            _ => Match.Empty,
        };
        return match.Success && decimal.TryParse(match.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The unit as people say it beside the field: "% of label", "mg per capsule", "pH".</summary>
    public static string UnitInWords(QcMeasure measure, string batchUnit) => measure switch
    {
        QcMeasure.PercentOfLabel => "% of label",
        QcMeasure.MgPerUnit => $"mg per {(string.IsNullOrWhiteSpace(batchUnit) ? "unit" : batchUnit.Trim())}",
        QcMeasure.Ph => "pH",
        _ => "",
    };

    /// <summary>A measured value as people read it in a message: "87% of label", "4.6 mg per capsule", "pH 7.1".</summary>
    public static string InWords(QcMeasure measure, decimal value, string batchUnit) => measure switch
    {
        QcMeasure.PercentOfLabel => string.Create(CultureInfo.InvariantCulture, $"{value:0.###}% of label"),
        QcMeasure.Ph => string.Create(CultureInfo.InvariantCulture, $"pH {value:0.###}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value:0.###} {UnitInWords(measure, batchUnit)}"),
    };

    /// <summary>An example of a result as it may be typed, for the field's hint and the refusal's message.</summary>
    public static string Example(QcMeasure measure) => measure switch
    {
        QcMeasure.PercentOfLabel => "98.5",
        QcMeasure.MgPerUnit => "4.6",
        QcMeasure.Ph => "7.1",
        _ => "",
    };

    [GeneratedRegex(@"^\s*(?<value>\d{1,6}(?:\.\d+)?)\s*(?:%\s*(?:of\s+label(?:\s+claim)?)?|of\s+label(?:\s+claim)?|LC)?\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOfLabel();

    [GeneratedRegex(@"^\s*(?<value>\d{1,6}(?:\.\d+)?)\s*(?:mg(?:\s*(?:/|per)\s*[a-z]+)?)?\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MgPerUnit();

    [GeneratedRegex(@"^\s*(?:pH\s*)?(?<value>\d{1,3}(?:\.\d+)?)\s*(?:pH)?\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ph();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// The acceptable potency of a preparation, as a percentage of the labelled strength: 90-110% unless the formula's
/// specification gives its own range ("95.0-105.0% of label").
/// </summary>
public sealed partial record PotencyRange(decimal Lowest, decimal Highest)
{
    public static readonly PotencyRange Default = new(90m, 110m);

    /// <summary>Potency is also called the assay of the active ingredient.</summary>
    public static bool IsPotencyCheck(string checkName) =>
        checkName.Contains("potency", StringComparison.OrdinalIgnoreCase) || checkName.Contains("assay", StringComparison.OrdinalIgnoreCase);

    public static PotencyRange FromSpecification(string? specification)
    {
        var match = RangeInSpecification().Match(specification ?? "");
        if (!match.Success)
        {
            return Default;
        }

        var lowest = decimal.Parse(match.Groups["low"].Value, CultureInfo.InvariantCulture);
        var highest = decimal.Parse(match.Groups["high"].Value, CultureInfo.InvariantCulture);
        return lowest < highest ? new PotencyRange(lowest, highest) : Default;
    }

    public bool Contains(decimal percentOfLabel) => percentOfLabel >= Lowest && percentOfLabel <= Highest;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Lowest:0.##}-{Highest:0.##}% of label");

    // The closing % is required so that a pH range in the same text ("pH 6.5-7.5") is never taken for potency.
    [GeneratedRegex(@"(?<low>\d{1,3}(?:\.\d+)?)\s*%?\s*(?:-|–|—|to)\s*(?<high>\d{1,3}(?:\.\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex RangeInSpecification();
}

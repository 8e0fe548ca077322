namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>
/// Percentiles by linear interpolation between the closest ranks (what a spreadsheet's PERCENTILE.INC gives), so the
/// numbers on the page match what a manager computes from the CSV.
/// </summary>
public static class Percentile
{
    public const double Median = 0.5;
    public const double Ninetieth = 0.9;

    /// <summary>The <paramref name="fraction"/> percentile of the values; nothing when there are none.</summary>
    public static double? Of(IEnumerable<double> values, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}

using System.Globalization;

namespace Pharmacy.Benchmarks;

/// <summary>Nearest-rank percentiles over a set of durations in milliseconds.</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values)
    {
        _sorted = [.. values.Order()];
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }
    }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    public double Mean => _sorted.Average();

    /// <summary>The smallest value with at least p% of the values at or below it.</summary>
    public double At(double p)
    {
        var rank = (int)Math.Ceiling(p / 100.0 * _sorted.Length);
        return _sorted[Math.Clamp(rank, 1, _sorted.Length) - 1];
    }

    public static string Ms(double value) => value.ToString(value < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    public string Describe() =>
        $"min {Ms(Min)}, p50 {Ms(At(50))}, p95 {Ms(At(95))}, p99 {Ms(At(99))}, max {Ms(Max)}, mean {Ms(Mean)} ms";
}

using System.Globalization;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>The acceptance limits of a measured check, in the check's own unit (both ends included).</summary>
public sealed record QcLimits(decimal Lowest, decimal Highest)
{
    public bool Contains(decimal value) => value >= Lowest && value <= Highest;

    /// <summary>"4.28-4.73 mg per capsule", "90-110% of label", "pH 6.5-7.5".</summary>
    public string InWords(QcMeasure measure, string batchUnit) => measure switch
    {
        QcMeasure.PercentOfLabel => string.Create(CultureInfo.InvariantCulture, $"{Lowest:0.###}-{Highest:0.###}% of label"),
        QcMeasure.Ph => string.Create(CultureInfo.InvariantCulture, $"pH {Lowest:0.###}-{Highest:0.###}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Lowest:0.###}-{Highest:0.###} {QcReading.UnitInWords(measure, batchUnit)}"),
    };
}

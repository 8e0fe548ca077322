using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// A number no test can give is a typing error, not a failure: pH is 0-14, a potency 0-200% of label, and milligrams per
/// unit more than nothing and at most ten times the highest limit.
/// </summary>
public sealed class QcResultMustBePlausibleRule(QualityCheck check, decimal value, string batchUnit) : IBusinessRule
{
    public bool IsBroken() => check.ReadAs switch
    {
        QcMeasure.Ph => value is < 0m or > 14m,
        QcMeasure.PercentOfLabel => value is < 0m or > 200m,
        QcMeasure.MgPerUnit => value <= 0m || (check.Limits is { } limits && value > limits.Highest * 10m),
        _ => false,
    };

    public string Message => $"{check.Name} {QcReading.InWords(check.ReadAs, value, batchUnit)} cannot be a measured result: {Plausible}. Check the number and enter it again.";

    private string Plausible => check.ReadAs switch
    {
        QcMeasure.Ph => "pH is between 0 and 14",
        QcMeasure.PercentOfLabel => "a potency is between 0 and 200% of label",
        _ => check.Limits is { } limits
            ? string.Create(CultureInfo.InvariantCulture, $"it is more than 0 and at most {limits.Highest * 10m:0.###} {QcReading.UnitInWords(check.ReadAs, batchUnit)}")
            : $"it is more than 0 {QcReading.UnitInWords(check.ReadAs, batchUnit)}",
    };
}

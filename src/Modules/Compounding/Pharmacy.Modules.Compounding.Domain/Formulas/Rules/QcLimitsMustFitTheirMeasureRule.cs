using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>
/// A measured QC check has both limits, the lowest below the highest, inside what its measure can be: pH 0-14, a
/// percentage of label 0-200, milligrams per unit above zero. A pass/fail check has none.
/// </summary>
public sealed class QcLimitsMustFitTheirMeasureRule(QualityCheck check) : IBusinessRule
{
    public const decimal MaxMgPerUnit = 100_000m;

    public bool IsBroken() => Problem() is not null;

    public string Message => string.Create(CultureInfo.InvariantCulture, $"Quality check {check.Line} ({check.Name}): {Problem()}");

    private string? Problem()
    {
        if (check.Measure == QcMeasure.PassFail)
        {
            return null;
        }

        if (check.Lowest is not { } lowest || check.Highest is not { } highest)
        {
            return "a measured check needs its lowest and highest acceptable result; choose pass / fail for a check judged in words.";
        }

        var (floor, ceiling, what) = check.Measure switch
        {
            QcMeasure.Ph => (0m, 14m, "pH runs from 0 to 14"),
            QcMeasure.PercentOfLabel => (0m, 200m, "a potency is between 0 and 200% of label"),
            _ => (0m, MaxMgPerUnit, "milligrams per unit are more than 0 and at most 100,000"),
        };
        if (lowest < floor || highest > ceiling || (check.Measure == QcMeasure.MgPerUnit && lowest <= 0))
        {
            return $"{what}; check the limits.";
        }

        return lowest >= highest ? "the lowest acceptable result must be below the highest." : null;
    }
}

using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>The limits a compounding record is checked against.</summary>
public static class CompoundingTolerances
{
    /// <summary>A weighed quantity more than 5% away from the theoretical quantity is flagged.</summary>
    public const decimal WeightTolerance = 0.05m;

    /// <summary>
    /// Inventory reserves this much more than the theoretical quantity of what is weighed or measured, so that a
    /// weight within what may be explained as a deviation is always covered and a consumption is never refused.
    /// </summary>
    public const decimal ReservationHeadroom = 0.10m;

    /// <summary>A quantity this many times the theoretical or more is a typing error, refused rather than flagged.</summary>
    public const decimal TypingErrorFactor = 10m;

    public const decimal MinimumYieldPercent = 95m;

    public const decimal MaximumYieldPercent = 105m;

    public static bool IsOutsideWeightTolerance(Quantity theoretical, Quantity actual) =>
        theoretical.IsZero ? !actual.IsZero : Math.Abs((actual - theoretical) / theoretical) > WeightTolerance;

    /// <summary>What to reserve for one line: counted items exactly, weighed or measured ones with the headroom.</summary>
    public static Quantity ToReserve(Quantity theoretical) =>
        theoretical.Unit.Dimension == Dimension.Count ? theoretical : theoretical * (1 + ReservationHeadroom);

    public static bool IsTypingError(Quantity theoretical, Quantity actual) =>
        theoretical.IsPositive && actual >= theoretical * TypingErrorFactor;

    /// <summary>
    /// Active ingredients and excipients are weighed to their theoretical quantity, each within ±5%. A base added
    /// q.s. makes up whatever the others leave, so it is checked through the total: every weighed or measured line
    /// of its kind (mass or volume) together within ±5% of their theoretical total. Containers are counted, not weighed.
    /// </summary>
    public static IReadOnlySet<int> LinesOutsideTolerance(IReadOnlyList<(int Line, IngredientRole Role, Quantity Theoretical, Quantity Actual)> lines)
    {
        var outside = new HashSet<int>();
        foreach (var line in lines.Where(line => line.Role is IngredientRole.Active or IngredientRole.Excipient))
        {
            if (IsOutsideWeightTolerance(line.Theoretical, line.Actual))
            {
                outside.Add(line.Line);
            }
        }

        foreach (var qs in lines.Where(line => line.Role is IngredientRole.Base or IngredientRole.BaseQs))
        {
            var dimension = qs.Theoretical.Unit.Dimension;
            var sameKind = lines.Where(line => line.Role != IngredientRole.Container && line.Theoretical.Unit.Dimension == dimension).ToList();
            var theoretical = sameKind.Aggregate(Quantity.Zero(qs.Theoretical.Unit), (sum, line) => sum + line.Theoretical);
            var actual = sameKind.Aggregate(Quantity.Zero(qs.Theoretical.Unit), (sum, line) => sum + line.Actual);
            if (IsOutsideWeightTolerance(theoretical, actual))
            {
                outside.Add(qs.Line);
            }
        }

        return outside;
    }

    public static decimal YieldPercent(decimal theoretical, decimal actual) => theoretical == 0 ? 0 : Math.Round(actual / theoretical * 100m, 2);

    public static bool IsYieldOutsideRange(decimal yieldPercent) => yieldPercent is < MinimumYieldPercent or > MaximumYieldPercent;
}

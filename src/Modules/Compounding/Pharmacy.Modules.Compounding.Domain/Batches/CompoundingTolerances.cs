using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>The limits a compounding record is checked against.</summary>
public static class CompoundingTolerances
{
    /// <summary>A weighed quantity more than 5% away from the theoretical quantity is flagged.</summary>
    public const decimal WeightTolerance = 0.05m;

    public const decimal MinimumYieldPercent = 95m;

    public const decimal MaximumYieldPercent = 105m;

    public static bool IsOutsideWeightTolerance(Quantity theoretical, Quantity actual) =>
        theoretical.IsZero ? !actual.IsZero : Math.Abs((actual - theoretical) / theoretical) > WeightTolerance;

    public static decimal YieldPercent(decimal theoretical, decimal actual) => theoretical == 0 ? 0 : Math.Round(actual / theoretical * 100m, 2);

    public static bool IsYieldOutsideRange(decimal yieldPercent) => yieldPercent is < MinimumYieldPercent or > MaximumYieldPercent;
}

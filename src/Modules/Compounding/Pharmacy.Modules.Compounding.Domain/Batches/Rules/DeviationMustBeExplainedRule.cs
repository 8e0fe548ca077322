using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A weight outside +-5% or a yield outside 95-105% is a deviation, and a deviation is explained on the record.</summary>
public sealed class DeviationMustBeExplainedRule(IReadOnlyList<string> ingredientsOutsideTolerance, bool yieldOutsideRange, string? deviations)
    : IBusinessRule
{
    public bool IsBroken() => (ingredientsOutsideTolerance.Count > 0 || yieldOutsideRange) && string.IsNullOrWhiteSpace(deviations);

    public string Message
    {
        get
        {
            var what = new List<string>();
            if (ingredientsOutsideTolerance.Count > 0)
            {
                what.Add($"the weight of {string.Join(", ", ingredientsOutsideTolerance)} is outside ±5% of theoretical");
            }

            if (yieldOutsideRange)
            {
                what.Add("the yield is outside 95-105% of theoretical");
            }

            return $"Describe the deviation: {string.Join(" and ", what)}.";
        }
    }
}

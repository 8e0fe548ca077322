using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>A potency outside its range is a failure whatever is ticked; a stricter call (fail within range) is the reviewer's right.</summary>
public sealed class PotencyOutsideItsRangeCannotPassRule(string checkName, decimal percentOfLabel, PotencyRange range, QcOutcome? outcome) : IBusinessRule
{
    public bool IsBroken() => outcome == QcOutcome.Pass && !range.Contains(percentOfLabel);

    public string Message => string.Create(
        CultureInfo.InvariantCulture, $"{checkName} {percentOfLabel:0.##}% of label is outside {range}: it cannot pass.");
}

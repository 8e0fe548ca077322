using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>A measured result outside its limits is a failure whatever is ticked; a stricter call (fail within limits) is the reviewer's right.</summary>
public sealed class ResultOutsideItsLimitsCannotPassRule(QualityCheck check, decimal value, QcLimits limits, QcOutcome? outcome, string batchUnit)
    : IBusinessRule
{
    public bool IsBroken() => outcome == QcOutcome.Pass && !limits.Contains(value);

    public string Message =>
        $"{check.Name} {QcReading.InWords(check.ReadAs, value, batchUnit)} is outside {limits.InWords(check.ReadAs, batchUnit)}: it cannot pass.";
}

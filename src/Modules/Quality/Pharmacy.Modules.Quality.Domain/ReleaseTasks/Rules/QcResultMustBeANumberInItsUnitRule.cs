using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>A measured check is judged from a number in its own unit; any other wording cannot be judged.</summary>
public sealed class QcResultMustBeANumberInItsUnitRule(QualityCheck check, decimal? value, string batchUnit) : IBusinessRule
{
    public bool IsBroken() => value is null;

    public string Message =>
        $"Enter the {check.Name} result as a number in {QcReading.UnitInWords(check.ReadAs, batchUnit)}, for example {QcReading.Example(check.ReadAs)}.";
}

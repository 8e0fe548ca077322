using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class OnlyADraftCanBeEditedRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FormulaStatus.Draft;

    public string Message =>
        $"{code} version {version} is {status} and can no longer change: start a new version to change the formula.";
}

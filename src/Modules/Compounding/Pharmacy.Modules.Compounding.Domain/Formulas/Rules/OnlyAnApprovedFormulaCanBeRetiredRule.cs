using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class OnlyAnApprovedFormulaCanBeRetiredRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FormulaStatus.Approved;

    public string Message => $"Only an approved formula can be retired; {code} version {version} is {status}.";
}

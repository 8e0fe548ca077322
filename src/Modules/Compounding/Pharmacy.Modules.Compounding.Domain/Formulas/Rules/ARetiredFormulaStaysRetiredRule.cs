using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class ARetiredFormulaStaysRetiredRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status == FormulaStatus.Retired;

    public string Message => $"{code} version {version} is retired already: a retired version is never compounded again.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class AFormulaCodeIsWrittenOnceRule(string code, bool codeInUse) : IBusinessRule
{
    public bool IsBroken() => codeInUse;

    public string Message =>
        $"A formula with code {code.Trim().ToUpperInvariant()} exists already: choose another code, or start a new version of that formula.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class ANewVersionStartsFromTheApprovedOneRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FormulaStatus.Approved;

    public string Message =>
        $"A new version starts from the approved version; {code} version {version} is {status}. Open the approved version and start the new one from it.";
}

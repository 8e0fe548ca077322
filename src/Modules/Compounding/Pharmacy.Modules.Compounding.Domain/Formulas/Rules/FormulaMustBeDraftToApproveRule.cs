using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class FormulaMustBeDraftToApproveRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FormulaStatus.Draft;

    public string Message => $"Only a draft can be approved; {code} version {version} is {status}.";
}

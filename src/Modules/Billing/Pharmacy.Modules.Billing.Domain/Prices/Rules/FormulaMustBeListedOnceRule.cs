using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class FormulaMustBeListedOnceRule(bool alreadyListed, string formulaCode) : IBusinessRule
{
    public bool IsBroken() => alreadyListed;

    public string Message => $"{formulaCode} is already on the price list; change its price instead.";
}

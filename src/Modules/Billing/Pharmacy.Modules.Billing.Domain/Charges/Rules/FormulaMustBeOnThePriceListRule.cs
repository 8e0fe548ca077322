using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class FormulaMustBeOnThePriceListRule(ListPrice? price, string formulaCode) : IBusinessRule
{
    public bool IsBroken() => price is null;

    public string Message => $"The price list has no price for {formulaCode} yet; add it to the price list first.";
}

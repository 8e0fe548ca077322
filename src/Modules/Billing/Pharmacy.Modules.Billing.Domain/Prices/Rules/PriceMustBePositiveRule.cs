using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class PriceMustBePositiveRule(Money pricePerUnit) : IBusinessRule
{
    public bool IsBroken() => !pricePerUnit.IsPositive;

    public string Message => "A price per unit must be more than $0.00.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class PriceMustDifferFromTheCurrentOneRule(Money current, Money proposed, string unit) : IBusinessRule
{
    public bool IsBroken() => current == proposed;

    public string Message => $"The price is already {current.ToUnitPriceString()} per {unit}.";
}

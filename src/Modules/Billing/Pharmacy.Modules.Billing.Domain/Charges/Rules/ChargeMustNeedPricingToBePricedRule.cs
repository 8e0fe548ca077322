using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class ChargeMustNeedPricingToBePricedRule(bool needsPricing, Money amount) : IBusinessRule
{
    public bool IsBroken() => !needsPricing;

    public string Message => $"This charge is already priced at {amount}.";
}

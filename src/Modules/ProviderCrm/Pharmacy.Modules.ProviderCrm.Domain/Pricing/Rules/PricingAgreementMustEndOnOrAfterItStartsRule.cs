using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

public sealed class PricingAgreementMustEndOnOrAfterItStartsRule(DateOnly from, DateOnly? to) : IBusinessRule
{
    public bool IsBroken() => to < from;

    public string Message => $"The agreement would end on {to:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}; give a last day on or after the first.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

public sealed class PricingAgreementMustNotBeWithdrawnRule(bool withdrawn) : IBusinessRule
{
    public bool IsBroken() => withdrawn;

    public string Message => "The agreement was withdrawn; agree new terms instead.";
}

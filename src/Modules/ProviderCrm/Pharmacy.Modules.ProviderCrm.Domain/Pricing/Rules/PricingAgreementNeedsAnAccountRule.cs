using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

public sealed class PricingAgreementNeedsAnAccountRule(AccountKind kind, bool exists) : IBusinessRule
{
    public bool IsBroken() => !exists;

    public string Message => $"The {EnumText.InSentence(kind)} of the agreement is not registered; register it first.";
}

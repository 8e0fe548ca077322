using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderMustBeAProspectToStartOnboardingRule(ProviderStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ProviderStatus.Prospect;

    public string Message => $"Only a prospect starts onboarding; this provider is {EnumText.InSentence(status)}.";
}

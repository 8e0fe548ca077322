using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderMustBeOnboardingOrSuspendedToActivateRule(ProviderStatus status) : IBusinessRule
{
    public bool IsBroken() => status is not (ProviderStatus.Prospect or ProviderStatus.Onboarding or ProviderStatus.Suspended);

    public string Message => status == ProviderStatus.Active
        ? "The provider is already active."
        : $"A provider who is {EnumText.InSentence(status)} cannot be activated.";
}

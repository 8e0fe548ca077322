using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class OnboardingChecklistMustBeCompleteToActivateRule(IReadOnlyList<OnboardingItem> missing) : IBusinessRule
{
    public bool IsBroken() => missing.Count > 0;

    public string Message =>
        $"The provider cannot be activated until the onboarding checklist is complete. Still to tick: {string.Join(", ", missing.Select(item => EnumText.Of(item)))}.";
}

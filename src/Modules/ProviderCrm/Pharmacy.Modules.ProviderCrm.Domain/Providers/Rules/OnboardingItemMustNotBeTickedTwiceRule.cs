using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class OnboardingItemMustNotBeTickedTwiceRule(OnboardingItem item, OnboardingTick? ticked) : IBusinessRule
{
    public bool IsBroken() => ticked is not null;

    public string Message => $"\"{EnumText.Of(item)}\" was already ticked by {ticked?.TickedBy} on {ticked?.TickedAt:yyyy-MM-dd}.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>Verifying a licence or a DEA registration means there is one on record to verify.</summary>
public sealed class OnboardingItemNeedsItsRecordRule(OnboardingItem item, bool hasLicence, bool hasDeaRegistration) : IBusinessRule
{
    public bool IsBroken() => item switch
    {
        OnboardingItem.LicenceVerified => !hasLicence,
        OnboardingItem.DeaVerified => !hasDeaRegistration,
        _ => false,
    };

    public string Message => item == OnboardingItem.LicenceVerified
        ? "Record the provider's state licence before ticking \"Licence verified\"."
        : "Record the provider's DEA registration before ticking \"DEA verified\".";
}

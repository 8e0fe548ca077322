using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderNpiMustBeUniqueRule(bool npiAlreadyRegistered, string npi) : IBusinessRule
{
    public bool IsBroken() => npiAlreadyRegistered;

    public string Message => $"A provider with NPI {npi} is already registered.";
}

public sealed class ProviderMustBeOnboardingOrSuspendedToActivateRule(ProviderStatus status) : IBusinessRule
{
    public bool IsBroken() => status is not (ProviderStatus.Prospect or ProviderStatus.Onboarding or ProviderStatus.Suspended);

    public string Message => status == ProviderStatus.Active
        ? "The provider is already active."
        : $"A provider who is {status} cannot be activated.";
}

public sealed class ProviderMustBeActiveToSuspendRule(ProviderStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ProviderStatus.Active;

    public string Message => $"Only an active provider can be suspended; this one is {status}.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderMustNotAlreadyBeInactiveRule(ProviderStatus status) : IBusinessRule
{
    public bool IsBroken() => status == ProviderStatus.Inactive;

    public string Message => "The provider is already inactive.";
}

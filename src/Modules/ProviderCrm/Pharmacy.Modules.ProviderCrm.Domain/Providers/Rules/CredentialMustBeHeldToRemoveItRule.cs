using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class CredentialMustBeHeldToRemoveItRule(string what, bool held) : IBusinessRule
{
    public bool IsBroken() => !held;

    public string Message => $"The provider holds no such {what}; nothing was removed.";
}

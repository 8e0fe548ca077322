using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderMustBeActiveToSuspendRule(ProviderStatus status) : IBusinessRule
{
    public bool IsBroken() => status != ProviderStatus.Active;

    public string Message => $"Only an active provider can be suspended; this one is {EnumText.InSentence(status)}.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class RecordedCredentialMustNotBeExpiredRule(string what, DateOnly expiresOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => expiresOn < today;

    public string Message => $"The {what} expired on {expiresOn:yyyy-MM-dd}; record the renewed {what} instead.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class VerifyingDocumentMustBeTheProvidersRule(bool isTheProviders) : IBusinessRule
{
    public bool IsBroken() => !isTheProviders;

    public string Message => "The document is not one of this provider's; upload it on their page first.";
}

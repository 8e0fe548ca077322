using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderNpiMustBeUniqueRule(bool npiAlreadyRegistered, string npi) : IBusinessRule
{
    public bool IsBroken() => npiAlreadyRegistered;

    public string Message => $"A provider with NPI {npi} is already registered.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class LicenceStateMustBeAStateOrDcRule(string state) : IBusinessRule
{
    public bool IsBroken() => !LicensingStates.IsLicensingState(state);

    public string Message => $"'{state}' is not one of the 50 states or DC; a licence is issued by one of them.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class OrganisationMustExistRule(bool exists) : IBusinessRule
{
    public bool IsBroken() => !exists;

    public string Message => "No such organisation is registered; register the organisation first.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

public sealed class OrganisationNameMustBeUniqueRule(bool nameTaken, string name) : IBusinessRule
{
    public bool IsBroken() => nameTaken;

    public string Message => $"An organisation named {name} is already registered.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class DeaNumberMustMatchTheLastNameRule(string number, string lastName) : IBusinessRule
{
    public bool IsBroken() => !DeaNumber.MatchesLastName(number, lastName);

    public string Message => $"The second letter of DEA number {number} must be the first letter of the provider's last name ({lastName}).";
}

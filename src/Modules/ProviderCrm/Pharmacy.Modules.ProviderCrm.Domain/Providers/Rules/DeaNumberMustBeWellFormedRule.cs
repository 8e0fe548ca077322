using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class DeaNumberMustBeWellFormedRule(string number) : IBusinessRule
{
    public bool IsBroken() => !DeaNumber.IsWellFormed(number);

    public string Message => $"{number} is not a DEA number: two letters and seven digits, the last a check digit.";
}

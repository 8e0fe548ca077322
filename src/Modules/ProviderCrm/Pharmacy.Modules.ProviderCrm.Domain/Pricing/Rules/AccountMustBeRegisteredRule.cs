using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

public sealed class AccountMustBeRegisteredRule(AccountKind kind, bool exists) : IBusinessRule
{
    public bool IsBroken() => !exists;

    public string Message => $"The {EnumText.InSentence(kind)} is not registered; register it first.";
}

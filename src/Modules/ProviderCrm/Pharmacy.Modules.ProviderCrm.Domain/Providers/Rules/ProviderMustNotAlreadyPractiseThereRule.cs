using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class ProviderMustNotAlreadyPractiseThereRule(bool alreadyMember) : IBusinessRule
{
    public bool IsBroken() => alreadyMember;

    public string Message => "The provider already practises at this organisation.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

/// <summary>Whom a CRM record is about: one provider, or an organisation (a clinic, a telehealth partner, a practice).</summary>
public enum AccountKind
{
    [DisplayText("Provider")]
    Provider,

    [DisplayText("Organisation")]
    Organisation,
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

public readonly record struct PricingAgreementId(Guid Value) : ITypedId<PricingAgreementId>
{
    public static PricingAgreementId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

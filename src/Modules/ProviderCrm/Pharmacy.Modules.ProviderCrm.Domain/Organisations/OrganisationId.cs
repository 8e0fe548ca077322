using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

public readonly record struct OrganisationId(Guid Value) : ITypedId<OrganisationId>
{
    public static OrganisationId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

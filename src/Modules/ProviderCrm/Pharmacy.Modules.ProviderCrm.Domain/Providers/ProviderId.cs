using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public readonly record struct ProviderId(Guid Value) : ITypedId<ProviderId>
{
    public static ProviderId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

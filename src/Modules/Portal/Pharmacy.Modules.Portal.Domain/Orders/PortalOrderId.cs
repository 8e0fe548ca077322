using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders;

public readonly record struct PortalOrderId(Guid Value) : ITypedId<PortalOrderId>
{
    public static PortalOrderId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

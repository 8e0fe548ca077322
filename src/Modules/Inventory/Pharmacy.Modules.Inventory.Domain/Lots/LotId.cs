using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public readonly record struct LotId(Guid Value) : ITypedId<LotId>
{
    public static LotId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

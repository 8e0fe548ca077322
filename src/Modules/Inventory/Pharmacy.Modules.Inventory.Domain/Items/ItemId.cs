using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

public readonly record struct ItemId(Guid Value) : ITypedId<ItemId>
{
    public static ItemId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

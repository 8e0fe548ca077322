using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Messages;

public readonly record struct OrderMessageId(Guid Value) : ITypedId<OrderMessageId>
{
    public static OrderMessageId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

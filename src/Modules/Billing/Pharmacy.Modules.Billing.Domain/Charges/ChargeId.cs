using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public readonly record struct ChargeId(Guid Value) : ITypedId<ChargeId>
{
    public static ChargeId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct PaymentId(Guid Value) : ITypedId<PaymentId>
{
    public static PaymentId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

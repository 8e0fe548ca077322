using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public readonly record struct FillId(Guid Value) : ITypedId<FillId>
{
    public static FillId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

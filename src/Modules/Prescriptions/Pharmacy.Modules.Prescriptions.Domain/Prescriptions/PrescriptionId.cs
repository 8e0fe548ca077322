using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public readonly record struct PrescriptionId(Guid Value) : ITypedId<PrescriptionId>
{
    public static PrescriptionId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

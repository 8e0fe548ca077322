using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public readonly record struct PatientId(Guid Value) : ITypedId<PatientId>
{
    public static PatientId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>A record merged into another is kept only as history; its patient is now the kept record.</summary>
public sealed class MergedPatientCannotBeChangedRule(PatientId? mergedInto) : IBusinessRule
{
    public bool IsBroken() => mergedInto is not null;

    public string Message => $"This patient record was merged into record {mergedInto}: open that record and make the change there.";
}

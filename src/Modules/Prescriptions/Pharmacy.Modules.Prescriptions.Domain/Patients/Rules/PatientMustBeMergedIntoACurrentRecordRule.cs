using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class PatientMustBeMergedIntoACurrentRecordRule(PatientId? keptMergedInto) : IBusinessRule
{
    public bool IsBroken() => keptMergedInto is not null;

    public string Message => $"The record to keep was itself merged into record {keptMergedInto}: merge into that record instead.";
}

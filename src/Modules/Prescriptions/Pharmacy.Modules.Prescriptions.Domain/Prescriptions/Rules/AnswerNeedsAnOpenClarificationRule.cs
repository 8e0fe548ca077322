using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class AnswerNeedsAnOpenClarificationRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.NeedsClarification;

    public string Message => "There is no open clarification on this prescription to answer.";
}

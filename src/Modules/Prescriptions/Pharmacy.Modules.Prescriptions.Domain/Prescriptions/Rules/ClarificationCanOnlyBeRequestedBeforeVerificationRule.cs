using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class ClarificationCanOnlyBeRequestedBeforeVerificationRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.Received;

    public string Message => status == PrescriptionStatus.NeedsClarification
        ? "A clarification is already open; record the prescriber's answer first."
        : $"A clarification is asked before verification; this prescription is {EnumText.InSentence(status)}.";
}

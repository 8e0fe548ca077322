using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class OnlyAReceivedPrescriptionCanBeVerifiedRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.Received;

    public string Message => status == PrescriptionStatus.NeedsClarification
        ? "The prescription waits for the prescriber's answer to a clarification; record the answer before verifying."
        : $"Only a received prescription can be verified; this one is {EnumText.InSentence(status)}.";
}

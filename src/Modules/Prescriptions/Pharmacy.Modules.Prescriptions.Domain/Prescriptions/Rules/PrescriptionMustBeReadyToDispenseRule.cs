using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriptionMustBeReadyToDispenseRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.ReadyToDispense;

    public string Message => $"The prescription is {EnumText.InSentence(status)}, not ready to dispense.";
}

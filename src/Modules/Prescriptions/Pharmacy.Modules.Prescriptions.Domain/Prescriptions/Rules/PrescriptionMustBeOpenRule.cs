using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriptionMustBeOpenRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => !PrescriptionWorkflow.IsOpen(status);

    public string Message => $"The prescription is {EnumText.InSentence(status)}; it can no longer be changed.";
}

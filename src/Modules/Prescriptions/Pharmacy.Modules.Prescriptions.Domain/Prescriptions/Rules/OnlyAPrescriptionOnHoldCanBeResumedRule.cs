using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class OnlyAPrescriptionOnHoldCanBeResumedRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.OnHold;

    public string Message => $"Only a prescription on hold can be resumed; this one is {EnumText.InSentence(status)}.";
}

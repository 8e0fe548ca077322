using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriptionMustNotAlreadyBeOnHoldRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status == PrescriptionStatus.OnHold;

    public string Message => "The prescription is already on hold.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class ChargeMustNotBeSettledRule(ChargeStatus status, long rxNumber) : IBusinessRule
{
    public bool IsBroken() => status == ChargeStatus.Paid;

    public string Message => $"The charge for Rx {rxNumber} is already paid in full.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class ChargeMustBePricedBeforePaymentRule(bool needsPricing, long rxNumber) : IBusinessRule
{
    public bool IsBroken() => needsPricing;

    public string Message => $"The charge for Rx {rxNumber} has no price yet; price it before taking a payment.";
}

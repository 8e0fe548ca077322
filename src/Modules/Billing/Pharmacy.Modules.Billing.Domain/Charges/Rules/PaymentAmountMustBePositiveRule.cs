using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class PaymentAmountMustBePositiveRule(decimal amount) : IBusinessRule
{
    public bool IsBroken() => amount <= 0;

    public string Message => "A payment must be more than $0.00.";
}

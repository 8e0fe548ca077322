using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class PaymentAmountMustBePositiveRule(Money amount) : IBusinessRule
{
    public bool IsBroken() => !amount.IsPositive;

    public string Message => "A payment must be more than $0.00.";
}

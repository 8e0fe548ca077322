using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class PaymentMustNotExceedBalanceRule(Money amount, Money balance) : IBusinessRule
{
    public bool IsBroken() => amount > balance;

    public string Message => $"The payment of {amount} is more than the balance of {balance}.";
}

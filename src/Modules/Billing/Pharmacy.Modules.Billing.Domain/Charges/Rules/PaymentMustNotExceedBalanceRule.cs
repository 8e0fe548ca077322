using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class PaymentMustNotExceedBalanceRule(decimal amount, decimal balance) : IBusinessRule
{
    public bool IsBroken() => amount > balance;

    public string Message => $"The payment of {Money.Format(amount)} is more than the balance of {Money.Format(balance)}.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class PaymentAmountMustBeInWholeCentsRule(Money amount) : IBusinessRule
{
    public bool IsBroken() => !amount.HasWholeCents;

    public string Message => $"{amount.Amount} is not an amount in dollars and cents.";
}

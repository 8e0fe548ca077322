using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class PaymentAmountMustBeInWholeCentsRule(decimal amount) : IBusinessRule
{
    public bool IsBroken() => !Money.HasWholeCents(amount);

    public string Message => $"{amount} is not an amount in dollars and cents.";
}

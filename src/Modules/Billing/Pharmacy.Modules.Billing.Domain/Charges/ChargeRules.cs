using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

public sealed class ChargeMustBePricedBeforePaymentRule(bool needsPricing, long rxNumber) : IBusinessRule
{
    public bool IsBroken() => needsPricing;

    public string Message => $"The charge for Rx {rxNumber} has no price yet; price it before taking a payment.";
}

public sealed class ChargeMustNeedPricingToBePricedRule(bool needsPricing, Money amount) : IBusinessRule
{
    public bool IsBroken() => !needsPricing;

    public string Message => $"This charge is already priced at {amount}.";
}

public sealed class ChargeMustNotBeSettledRule(ChargeStatus status, long rxNumber) : IBusinessRule
{
    public bool IsBroken() => status == ChargeStatus.Paid;

    public string Message => $"The charge for Rx {rxNumber} is already paid in full.";
}

public sealed class PaymentAmountMustBePositiveRule(Money amount) : IBusinessRule
{
    public bool IsBroken() => !amount.IsPositive;

    public string Message => "A payment must be more than $0.00.";
}

public sealed class PaymentAmountMustBeInWholeCentsRule(Money amount) : IBusinessRule
{
    public bool IsBroken() => !amount.HasWholeCents;

    public string Message => $"{amount.Amount} is not an amount in dollars and cents.";
}

public sealed class PaymentMustNotExceedBalanceRule(Money amount, Money balance) : IBusinessRule
{
    public bool IsBroken() => amount > balance;

    public string Message => $"The payment of {amount} is more than the balance of {balance}.";
}

public sealed class FormulaMustBeOnThePriceListRule(ListPrice? price, string formulaCode) : IBusinessRule
{
    public bool IsBroken() => price is null;

    public string Message => $"The price list has no price for {formulaCode} yet; add it to the price list first.";
}

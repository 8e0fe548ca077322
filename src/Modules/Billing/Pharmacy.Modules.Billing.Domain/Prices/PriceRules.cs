using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class PriceMustBePositiveRule(Money pricePerUnit) : IBusinessRule
{
    public bool IsBroken() => !pricePerUnit.IsPositive;

    public string Message => "A price per unit must be more than $0.00.";
}

public sealed class PriceChangeMustGiveAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for the price change.";
}

public sealed class PriceMustDifferFromTheCurrentOneRule(Money current, Money proposed, string unit) : IBusinessRule
{
    public bool IsBroken() => current == proposed;

    public string Message => $"The price is already {current.ToUnitPriceString()} per {unit}.";
}

public sealed class FormulaMustBeListedOnceRule(bool alreadyListed, string formulaCode) : IBusinessRule
{
    public bool IsBroken() => alreadyListed;

    public string Message => $"{formulaCode} is already on the price list; change its price instead.";
}

public static class PriceRules
{
    /// <summary>A price per capsule, mL or g: far above what any compounded preparation costs, so a larger one is a typing error.</summary>
    public const decimal MaxPricePerUnit = 10_000m;
}

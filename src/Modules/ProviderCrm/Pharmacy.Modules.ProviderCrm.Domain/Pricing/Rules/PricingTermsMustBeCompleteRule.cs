using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

/// <summary>An agreed price is positive and within the price limit; a discount is more than 0% and at most the limit.</summary>
public sealed class PricingTermsMustBeCompleteRule(PricingTerms terms, Money? pricePerUnit, decimal? discountPercent) : IBusinessRule
{
    public bool IsBroken() => terms switch
    {
        PricingTerms.PricePerUnit => pricePerUnit is not { IsPositive: true } price || price.Amount > PricingLimits.MaxPricePerUnit,
        PricingTerms.PercentDiscount => discountPercent is not (> 0 and <= PricingLimits.MaxDiscountPercent),
        _ => true,
    };

    public string Message => terms == PricingTerms.PercentDiscount
        ? $"Give a discount of more than 0% and at most {PricingLimits.MaxDiscountPercent}%."
        : $"Give an agreed price per unit above $0.00 and at most {Money.Dollars(PricingLimits.MaxPricePerUnit)}.";
}

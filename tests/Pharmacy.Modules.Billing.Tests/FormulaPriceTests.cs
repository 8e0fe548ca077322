using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Shared.Kernel;
using static Pharmacy.Modules.Billing.Tests.ChargeFaker;

namespace Pharmacy.Modules.Billing.Tests;

public sealed class FormulaPriceTests
{
    private const string Reason = "Supplier raised the cost of naltrexone";

    [Fact]
    public void A_price_change_keeps_its_reason()
    {
        var price = Listed();

        price.ChangePrice(Money.Dollars(1.25m), Reason, Now.AddDays(1));

        Assert.Equal(Money.Dollars(1.25m), price.PricePerUnit);
        Assert.Equal(Reason, price.ChangeReason);
        Assert.Equal(Now.AddDays(1), price.ChangedAt);
    }

    [Fact]
    public void A_price_change_without_a_reason_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Listed().ChangePrice(Money.Dollars(1.25m), " ", Now));

        Assert.IsType<PriceChangeMustGiveAReasonRule>(broken.BrokenRule);
    }

    [Fact]
    public void Changing_a_price_to_the_same_price_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Listed().ChangePrice(CapsulePrice.PerUnit, Reason, Now));

        Assert.IsType<PriceMustDifferFromTheCurrentOneRule>(broken.BrokenRule);
        Assert.Equal("The price is already $1.10 per capsule.", broken.Message);
    }

    [Fact]
    public void A_formula_is_listed_once()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => FormulaPrice.List(Capsules, "Naltrexone 4.5 mg capsule", "capsule", CapsulePrice.PerUnit, alreadyListed: true, Now));

        Assert.IsType<FormulaMustBeListedOnceRule>(broken.BrokenRule);
    }

    private static FormulaPrice Listed() =>
        FormulaPrice.List(Capsules, "Naltrexone 4.5 mg capsule", CapsulePrice.Unit, CapsulePrice.PerUnit, alreadyListed: false, Now);
}

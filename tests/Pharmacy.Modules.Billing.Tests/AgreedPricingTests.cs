using Pharmacy.Modules.Billing.Domain.Agreements;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Shared.Kernel;
using static Pharmacy.Modules.Billing.Tests.ChargeFaker;

namespace Pharmacy.Modules.Billing.Tests;

/// <summary>Which price a fill gets on the day it is dispensed: the agreement in force that day, or the list price.</summary>
public sealed class AgreedPricingTests
{
    private static readonly DateOnly LastDayOfOldTerms = new(2026, 12, 31);
    private static readonly DateOnly FirstDayOfNewTerms = new(2027, 1, 1);
    private static readonly Guid Prescriber = Guid.CreateVersion7();
    private static readonly Guid Clinic = Guid.CreateVersion7();
    private static readonly Guid OtherClinic = Guid.CreateVersion7();

    [Fact]
    public void A_fill_is_priced_by_the_agreement_in_force_on_its_day_of_dispensing()
    {
        var oldTerms = Agreement(AgreementAccount.Organisation, Clinic, price: 0.95m, from: new DateOnly(2026, 1, 1), to: LastDayOfOldTerms);
        var newTerms = Agreement(AgreementAccount.Organisation, Clinic, price: 0.85m, from: FirstDayOfNewTerms);

        var december = PriceOn(LastDayOfOldTerms, oldTerms, newTerms);
        var january = PriceOn(FirstDayOfNewTerms, oldTerms, newTerms);

        Assert.Equal(Money.Dollars(0.95m), december!.PerUnit);
        Assert.Equal(oldTerms.AgreementId, december.AgreementId);
        Assert.Equal(Money.Dollars(0.85m), january!.PerUnit);
        Assert.Equal(newTerms.AgreementId, january.AgreementId);
    }

    [Fact]
    public void Before_an_agreement_starts_the_list_price_applies()
    {
        var newTerms = Agreement(AgreementAccount.Organisation, Clinic, price: 0.85m, from: FirstDayOfNewTerms);

        var price = PriceOn(LastDayOfOldTerms, newTerms);

        Assert.Equal(CapsulePrice, price);
    }

    [Fact]
    public void The_prescribers_own_agreement_comes_before_their_clinics_even_when_the_clinics_is_lower()
    {
        var own = Agreement(AgreementAccount.Provider, Prescriber, price: 1.00m, from: FirstDayOfNewTerms);
        var clinics = Agreement(AgreementAccount.Organisation, Clinic, price: 0.80m, from: FirstDayOfNewTerms);

        var price = PriceOn(FirstDayOfNewTerms, own, clinics);

        Assert.Equal(own.AgreementId, price!.AgreementId);
    }

    [Fact]
    public void Between_two_clinics_the_prescriber_practises_at_the_lower_price_is_taken()
    {
        var dearer = Agreement(AgreementAccount.Organisation, Clinic, price: 1.00m, from: FirstDayOfNewTerms);
        var cheaper = Agreement(AgreementAccount.Organisation, OtherClinic, discount: 25m, from: FirstDayOfNewTerms);

        var price = PriceOn(FirstDayOfNewTerms, dearer, cheaper);

        Assert.Equal(Money.Dollars(0.825m), price!.PerUnit);
        Assert.Equal(cheaper.AgreementId, price.AgreementId);
    }

    [Fact]
    public void A_withdrawn_agreement_or_one_of_a_clinic_the_prescriber_does_not_practise_at_prices_nothing()
    {
        var withdrawn = Agreement(AgreementAccount.Organisation, Clinic, price: 0.50m, from: FirstDayOfNewTerms, withdrawn: true);
        var elsewhere = Agreement(AgreementAccount.Organisation, Guid.CreateVersion7(), price: 0.40m, from: FirstDayOfNewTerms);

        var price = PriceOn(FirstDayOfNewTerms, withdrawn, elsewhere);

        Assert.Equal(CapsulePrice, price);
    }

    [Fact]
    public void An_agreed_price_prices_a_formula_the_price_list_does_not_have_yet_but_a_discount_cannot()
    {
        var agreed = Agreement(AgreementAccount.Provider, Prescriber, price: 2.40m, from: FirstDayOfNewTerms);
        var discount = Agreement(AgreementAccount.Organisation, Clinic, discount: 10m, from: FirstDayOfNewTerms);

        var byAgreement = AgreedPricing.PriceOn(FirstDayOfNewTerms, Prescriber, [Clinic, OtherClinic], Capsules, null, "capsule", [agreed]);
        var byDiscount = AgreedPricing.PriceOn(FirstDayOfNewTerms, Prescriber, [Clinic, OtherClinic], Capsules, null, "capsule", [discount]);

        Assert.Equal(new ListPrice(Money.Dollars(2.40m), "capsule", agreed.AgreementId), byAgreement);
        Assert.Null(byDiscount);
    }

    private static ListPrice? PriceOn(DateOnly day, params AccountAgreement[] agreements) =>
        AgreedPricing.PriceOn(day, Prescriber, [Clinic, OtherClinic], Capsules, CapsulePrice, CapsulePrice.Unit, agreements);

    private static AccountAgreement Agreement(
        AgreementAccount account, Guid accountId, DateOnly from, DateOnly? to = null, decimal? price = null, decimal? discount = null,
        bool withdrawn = false) =>
        AccountAgreement.Record(Guid.CreateVersion7(), account, accountId, Capsules, price, discount, from, to, withdrawn, Now);
}

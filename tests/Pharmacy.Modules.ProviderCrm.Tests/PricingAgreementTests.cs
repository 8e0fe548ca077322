using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class PricingAgreementTests
{
    private const string Formula = "LDN-4.5-CAP";
    private const string AccountManager = "Avery Brooks";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly NewYear = new(2027, 1, 1);
    private static readonly Guid Clinic = Guid.CreateVersion7();

    [Fact]
    public void Two_agreements_for_the_same_account_and_formula_cannot_cover_the_same_day()
    {
        var first = Agree(NewYear, NewYear.AddMonths(6).AddDays(-1));

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Agree(NewYear.AddMonths(3), null, others: [first]));

        Assert.IsType<PricingAgreementsMustNotOverlapRule>(broken.BrokenRule);
        Assert.Contains("2027-01-01 to 2027-06-30", broken.Message);
    }

    [Fact]
    public void An_open_ended_agreement_blocks_any_later_one_until_it_is_ended_and_then_the_next_can_start_the_day_after()
    {
        var first = Agree(NewYear, null);
        Assert.Throws<BusinessRuleValidationException>(() => Agree(NewYear.AddYears(1), null, others: [first]));

        first.End(NewYear.AddMonths(1).AddDays(-1), "Renegotiated for volume", Now);
        var next = Agree(NewYear.AddMonths(1), null, others: [first]);

        Assert.Equal(new DateOnly(2027, 1, 31), first.EffectiveTo);
        Assert.Equal(new DateOnly(2027, 2, 1), next.EffectiveFrom);
    }

    [Fact]
    public void A_withdrawn_agreement_no_longer_blocks_new_terms_and_says_so_to_billing()
    {
        var mistaken = Agree(NewYear, null);
        mistaken.ClearDomainEvents();

        mistaken.Withdraw("Entered for the wrong clinic", Now);
        var replacement = Agree(NewYear, null, others: [mistaken]);

        var announced = Assert.IsType<PricingAgreementChangedDomainEvent>(Assert.Single(mistaken.DomainEvents));
        Assert.True(announced.Withdrawn);
        Assert.True(replacement.IsInForceOn(NewYear));
    }

    [Fact]
    public void The_same_days_for_another_formula_or_another_account_are_no_overlap()
    {
        var capsules = Agree(NewYear, null);

        var otherFormula = Agree(NewYear, null, formula: "OMEP-2MGML-SUSP", others: []);

        Assert.True(capsules.IsInForceOn(NewYear));
        Assert.True(otherFormula.IsInForceOn(NewYear));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(95)]
    public void A_discount_of_nothing_or_of_nearly_everything_is_refused(double percent)
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => PricingAgreement.Agree(
            AccountKind.Organisation, Clinic, accountExists: true, Formula, PricingTerms.PercentDiscount, null, (decimal)percent, NewYear, null,
            null, [], AccountManager, Now));

        Assert.IsType<PricingTermsMustBeCompleteRule>(broken.BrokenRule);
    }

    [Fact]
    public void An_agreement_cannot_end_before_it_starts_nor_be_lengthened_by_ending_it()
    {
        var agreement = Agree(NewYear, NewYear.AddMonths(6));

        var early = Assert.Throws<BusinessRuleValidationException>(() => agreement.End(NewYear.AddDays(-1), "Cancelled", Now));
        var later = Assert.Throws<BusinessRuleValidationException>(() => agreement.End(NewYear.AddMonths(9), "Extended", Now));

        Assert.IsType<PricingAgreementMustEndOnOrAfterItStartsRule>(early.BrokenRule);
        Assert.IsType<PricingAgreementCanOnlyBeShortenedRule>(later.BrokenRule);
        Assert.Equal(NewYear.AddMonths(6), agreement.EffectiveTo);
    }

    [Fact]
    public void An_agreement_with_an_unregistered_account_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => PricingAgreement.Agree(
            AccountKind.Provider, Guid.CreateVersion7(), accountExists: false, Formula, PricingTerms.PricePerUnit, Money.Dollars(0.95m), null,
            NewYear, null, null, [], AccountManager, Now));

        Assert.IsType<AccountMustBeRegisteredRule>(broken.BrokenRule);
    }

    private static PricingAgreement Agree(DateOnly from, DateOnly? to, string formula = Formula, IEnumerable<PricingAgreement>? others = null) =>
        PricingAgreement.Agree(
            AccountKind.Organisation, Clinic, accountExists: true, formula, PricingTerms.PricePerUnit, Money.Dollars(0.95m), null, from, to,
            "Volume pricing", others ?? [], AccountManager, Now);
}

using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Shared.Kernel;
using static Pharmacy.Modules.Billing.Tests.ChargeFaker;

namespace Pharmacy.Modules.Billing.Tests;

public sealed class ChargeTests
{
    private readonly ChargeFaker _fills = new();

    [Theory]
    [InlineData(30, 1.10, 33.00)] // 30 naltrexone capsules
    [InlineData(150, 0.55, 82.50)] // 150 mL omeprazole suspension
    [InlineData(33.3, 1.45, 48.29)] // 48.285: half a cent goes up, not to the even cent
    [InlineData(7, 0.3333, 2.33)] // a price per unit below the cent: rounded once, on the total
    [InlineData(0.5, 0.01, 0.01)] // 0.005 rounds up to a cent
    public void The_amount_is_quantity_times_price_per_unit_rounded_to_the_cent(double quantity, double perUnit, double expected)
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(quantity: (decimal)quantity), new ListPrice(Money.Dollars((decimal)perUnit), "unit"), Now);

        Assert.Equal(Money.Dollars((decimal)expected), charge.Amount);
        Assert.Equal(Money.Dollars((decimal)expected), charge.Balance);
    }

    [Fact]
    public void A_dispensed_fill_is_charged_to_the_patient_in_cash_and_announced()
    {
        var fill = _fills.Fill();

        var charge = Charge.ForDispensedFill(fill, CapsulePrice, Now);

        Assert.Equal(ChargeStatus.Open, charge.Status);
        Assert.Equal(PayerType.Patient, charge.PayerType);
        Assert.Equal(fill.PayerName, charge.PayerName);
        Assert.Equal(Money.Usd, charge.Currency);
        Assert.False(charge.NeedsPricing);
        var created = Assert.IsType<ChargeCreatedDomainEvent>(Assert.Single(charge.DomainEvents));
        Assert.Equal(charge.Amount, created.Amount);
        Assert.Equal(fill.FillId, created.FillId);
    }

    [Fact]
    public void A_formula_missing_from_the_price_list_is_charged_at_zero_and_waits_for_pricing_before_it_is_announced()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill("NEW-FORMULA"), price: null, Now);

        Assert.True(charge.NeedsPricing);
        Assert.Equal(Money.Zero(), charge.Amount);
        Assert.Equal(ChargeStatus.Open, charge.Status);
        Assert.Empty(charge.DomainEvents);
    }

    [Fact]
    public void A_charge_waiting_for_its_price_takes_no_payment()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill("NEW-FORMULA"), price: null, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => charge.RecordPayment(Money.Dollars(10m), PaymentMethod.Cash, _fills.Clerk(), Now));

        Assert.IsType<ChargeMustBePricedBeforePaymentRule>(broken.BrokenRule);
    }

    [Fact]
    public void Pricing_a_waiting_charge_sets_its_amount_and_announces_it()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(quantity: 60), price: null, Now);

        charge.Price(CapsulePrice, Now.AddDays(1));

        Assert.False(charge.NeedsPricing);
        Assert.Equal(Money.Dollars(66.00m), charge.Amount);
        Assert.IsType<ChargeCreatedDomainEvent>(Assert.Single(charge.DomainEvents));
    }

    [Fact]
    public void A_waiting_charge_cannot_be_priced_while_the_price_list_still_lacks_the_formula()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill("NEW-FORMULA"), price: null, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => charge.Price(price: null, Now));

        Assert.IsType<FormulaMustBeOnThePriceListRule>(broken.BrokenRule);
    }

    [Fact]
    public void Paying_the_whole_balance_settles_the_charge()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(), CapsulePrice, Now);
        charge.ClearDomainEvents();
        var clerk = _fills.Clerk();

        var payment = charge.RecordPayment(Money.Dollars(33.00m), PaymentMethod.Cash, clerk, Now.AddMinutes(5));

        Assert.Equal(ChargeStatus.Paid, charge.Status);
        Assert.Equal(Money.Zero(), charge.Balance);
        Assert.Equal(Now.AddMinutes(5), charge.PaidAt);
        Assert.Equal(clerk, payment.ReceivedBy);
        var received = Assert.IsType<PaymentReceivedDomainEvent>(Assert.Single(charge.DomainEvents));
        Assert.True(received.Settled);
    }

    [Fact]
    public void A_part_payment_leaves_the_charge_partially_paid_with_the_rest_owed()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(), CapsulePrice, Now);
        charge.ClearDomainEvents();

        charge.RecordPayment(Money.Dollars(20.00m), PaymentMethod.Cash, _fills.Clerk(), Now);

        Assert.Equal(ChargeStatus.PartiallyPaid, charge.Status);
        Assert.Equal(Money.Dollars(13.00m), charge.Balance);
        Assert.Null(charge.PaidAt);
        Assert.False(Assert.IsType<PaymentReceivedDomainEvent>(Assert.Single(charge.DomainEvents)).Settled);

        charge.RecordPayment(Money.Dollars(13.00m), PaymentMethod.Card, _fills.Clerk(), Now.AddDays(3));

        Assert.Equal(ChargeStatus.Paid, charge.Status);
        Assert.Equal(2, charge.Payments.Count);
    }

    [Fact]
    public void A_payment_over_the_balance_is_refused_and_changes_nothing()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(), CapsulePrice, Now);
        charge.RecordPayment(Money.Dollars(20.00m), PaymentMethod.Cash, _fills.Clerk(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => charge.RecordPayment(Money.Dollars(13.01m), PaymentMethod.Cash, _fills.Clerk(), Now));

        Assert.IsType<PaymentMustNotExceedBalanceRule>(broken.BrokenRule);
        Assert.Equal("The payment of $13.01 is more than the balance of $13.00.", broken.Message);
        Assert.Equal(Money.Dollars(13.00m), charge.Balance);
        Assert.Single(charge.Payments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_payment_of_nothing_or_less_is_refused(double amount)
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(), CapsulePrice, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => charge.RecordPayment(Money.Dollars((decimal)amount), PaymentMethod.Cash, _fills.Clerk(), Now));

        Assert.IsType<PaymentAmountMustBePositiveRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_payment_in_fractions_of_a_cent_is_refused()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(), CapsulePrice, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => charge.RecordPayment(Money.Dollars(10.005m), PaymentMethod.Cash, _fills.Clerk(), Now));

        Assert.IsType<PaymentAmountMustBeInWholeCentsRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_paid_charge_takes_no_further_payment()
    {
        var charge = Charge.ForDispensedFill(_fills.Fill(), CapsulePrice, Now);
        charge.RecordPayment(charge.Balance, PaymentMethod.Cash, _fills.Clerk(), Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => charge.RecordPayment(Money.Dollars(1.00m), PaymentMethod.Cash, _fills.Clerk(), Now));

        Assert.IsType<ChargeMustNotBeSettledRule>(broken.BrokenRule);
    }
}

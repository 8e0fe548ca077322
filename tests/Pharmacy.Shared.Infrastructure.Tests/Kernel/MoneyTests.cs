using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Tests.Kernel;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1.005", "1.01")]
    [InlineData("1.004", "1.00")]
    [InlineData("0.125", "0.13")]
    [InlineData("-1.005", "-1.01")]
    public void Half_a_cent_is_rounded_away_from_zero(string exact, string charged) =>
        Assert.Equal(decimal.Parse(charged), Money.Dollars(decimal.Parse(exact)).RoundedToCents().Amount);

    [Fact]
    public void Thirty_capsules_at_a_price_with_fractions_of_a_cent_are_rounded_once_on_the_total()
    {
        var perCapsule = Money.Dollars(0.0045m);

        var total = (perCapsule * 30m).RoundedToCents();

        Assert.Equal("$0.14", total.ToString());
    }

    [Fact]
    public void Amounts_read_in_dollars_and_cents_with_thousands_separated()
    {
        Assert.Equal("$1,234.50", Money.Dollars(1234.5m).ToString());
        Assert.Equal("-$5.00", Money.Dollars(-5m).ToString());
        Assert.Equal("$0.0045", Money.Dollars(0.0045m).ToUnitPriceString());
        Assert.Equal("$12.50", Money.Dollars(12.5m).ToUnitPriceString());
    }

    [Fact]
    public void A_balance_is_what_was_charged_less_what_was_paid()
    {
        var balance = Money.Dollars(135m) - Money.Dollars(35.5m);

        Assert.Equal(Money.Dollars(99.5m), balance);
        Assert.True(Money.Dollars(100m) > balance);
    }

    [Fact]
    public void Dollars_are_never_added_to_or_compared_with_another_currency()
    {
        var dollars = Money.Dollars(10m);
        var euros = new Money(10m, "EUR");

        Assert.Throws<CurrencyMismatchException>(() => dollars + euros);
        Assert.Throws<CurrencyMismatchException>(() => dollars > euros);
        Assert.NotEqual(dollars, euros);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("")]
    public void A_currency_is_a_three_letter_code(string currency) => Assert.Throws<ArgumentException>(() => new Money(1m, currency));

    [Theory]
    [InlineData("12.50", true)]
    [InlineData("12.5", true)]
    [InlineData("12.505", false)]
    public void A_payment_is_in_whole_cents_or_it_is_not(string amount, bool wholeCents) =>
        Assert.Equal(wholeCents, Money.Dollars(decimal.Parse(amount)).HasWholeCents);
}

using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the example in the NPI standard
    [InlineData("1245319599")]
    [InlineData("1003000126")]
    public void A_registered_style_NPI_with_the_right_check_digit_is_valid(string npi) => Assert.True(Npi.IsValid(npi));

    [Theory]
    [InlineData("1234567890")] // wrong check digit
    [InlineData("1234567894")]
    [InlineData("123456789")] // nine digits
    [InlineData("12345678931")]
    [InlineData("12345A7893")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_an_NPI(string? candidate) => Assert.False(Npi.IsValid(candidate));

    [Fact]
    public void Creating_an_NPI_from_an_invalid_number_is_refused() =>
        Assert.Throws<ArgumentException>(() => Npi.Create("1234567890"));
}

using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class DeaNumberTests
{
    [Theory]
    [InlineData("AB1234563")] // (1+3+5) + 2*(2+4+6) = 33: check digit 3
    [InlineData("BM3141594")]
    [InlineData("MR9424778")] // a mid-level practitioner
    [InlineData("ab1234563")]
    public void A_DEA_number_with_a_registrant_type_and_the_right_check_digit_is_well_formed(string number) =>
        Assert.True(DeaNumber.IsWellFormed(number));

    [Theory]
    [InlineData("AB1234567")] // wrong check digit
    [InlineData("AB1234560")]
    [InlineData("ZB1234563")] // no registrant type Z
    [InlineData("A91234563")] // the second character is a letter
    [InlineData("AB123456")] // six digits
    [InlineData("AB12345634")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_DEA_number(string? number) => Assert.False(DeaNumber.IsWellFormed(number));

    [Theory]
    [InlineData("AB1234563", "Brennan", true)]
    [InlineData("AB1234563", "brennan", true)]
    [InlineData("AB1234563", "Okafor", false)]
    public void The_second_letter_is_the_first_letter_of_the_last_name(string number, string lastName, bool matches) =>
        Assert.Equal(matches, DeaNumber.MatchesLastName(number, lastName));

    [Fact]
    public void The_schedules_a_registration_covers_are_2_2N_3_3N_4_and_5()
    {
        Assert.All(["2", "2N", "3", "3N", "4", "5", "3n"], code => Assert.True(DeaSchedules.IsSchedule(code)));
        Assert.All(["1", "6", "CII", "", null], code => Assert.False(DeaSchedules.IsSchedule(code)));
    }
}

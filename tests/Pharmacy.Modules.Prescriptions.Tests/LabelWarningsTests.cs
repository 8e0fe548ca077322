using Pharmacy.Modules.Prescriptions.Domain.Formulas;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class LabelWarningsTests
{
    [Theory]
    [InlineData("CII")]
    [InlineData("CIII")]
    [InlineData("CIIIN")]
    [InlineData("CIV")]
    [InlineData("C-X")] // a schedule nobody recognises is read as the strictest
    public void Schedules_II_to_IV_carry_the_federal_caution(string schedule) =>
        Assert.Contains(LabelWarnings.FederalCaution, LabelWarnings.For("Capsule", schedule));

    [Theory]
    [InlineData("CV")]
    [InlineData(null)]
    public void Schedule_V_and_non_controlled_preparations_do_not(string? schedule) =>
        Assert.DoesNotContain(LabelWarnings.FederalCaution, LabelWarnings.For("Capsule", schedule));

    [Fact]
    public void A_schedule_III_testosterone_cream_says_both_the_caution_and_external_use_only() =>
        Assert.Equal([LabelWarnings.FederalCaution, "For external use only."], LabelWarnings.For("Cream", "CIII"));

    [Theory]
    [InlineData("Suspension", "Shake well before use.")]
    [InlineData("Oral suspension", "Shake well before use.")]
    [InlineData("Troche", "Let dissolve slowly in the mouth; do not chew or swallow whole.")]
    [InlineData("Gel", "For external use only.")]
    [InlineData("Suppository", "Do not take by mouth.")]
    public void The_dosage_form_brings_its_auxiliary_warning(string form, string warning) =>
        Assert.Equal([warning], LabelWarnings.For(form, null));

    [Fact]
    public void A_capsule_needs_no_auxiliary_warning() =>
        Assert.Empty(LabelWarnings.For("Capsule", null));
}

using Pharmacy.Modules.Quality.Domain.ReleaseTasks;

namespace Pharmacy.Modules.Quality.Tests;

public sealed class PotencyRangeTests
{
    [Theory]
    [InlineData("90-110% of label", 90, 110)]
    [InlineData("95.0–105.0% of label claim", 95, 105)]
    [InlineData("92.5 to 107.5 %", 92.5, 107.5)]
    public void A_specification_with_a_percentage_range_sets_the_range(string specification, double lowest, double highest) =>
        Assert.Equal(new PotencyRange((decimal)lowest, (decimal)highest), PotencyRange.FromSpecification(specification));

    [Theory]
    [InlineData("Within label claim")]
    [InlineData("pH 6.5-7.5")]
    [InlineData(null)]
    public void A_specification_without_a_percentage_range_falls_back_to_90_to_110(string? specification) =>
        Assert.Equal(PotencyRange.Default, PotencyRange.FromSpecification(specification));

    [Theory]
    [InlineData("98.5", 98.5)]
    [InlineData("98.5%", 98.5)]
    [InlineData(" 101 % of label ", 101)]
    [InlineData("97 LC", 97)]
    public void A_result_written_as_a_percentage_of_label_is_read_as_a_number(string result, double expected) =>
        Assert.Equal((decimal)expected, QcReading.Read(QcMeasure.PercentOfLabel, result));

    [Theory]
    [InlineData("4.4 mg per capsule")]
    [InlineData("conforms")]
    [InlineData("")]
    public void A_result_in_other_words_is_not_taken_for_a_percentage(string result) =>
        Assert.Null(QcReading.Read(QcMeasure.PercentOfLabel, result));

    [Theory]
    [InlineData("Potency", true)]
    [InlineData("Assay (HPLC)", true)]
    [InlineData("pH", false)]
    public void Potency_is_recognised_by_its_name_or_as_the_assay(string name, bool expected) =>
        Assert.Equal(expected, PotencyRange.IsPotencyCheck(name));
}

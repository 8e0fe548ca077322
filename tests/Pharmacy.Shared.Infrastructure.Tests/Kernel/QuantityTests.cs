using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Tests.Kernel;

public sealed class QuantityTests
{
    [Fact]
    public void One_gram_is_a_thousand_milligrams() =>
        Assert.Equal(1000m, new Quantity(1m, UnitOfMeasure.Gram).In(UnitOfMeasure.Milligram).Amount);

    [Fact]
    public void Half_a_microgram_is_five_ten_thousandths_of_a_milligram() =>
        Assert.Equal(0.0005m, new Quantity(0.5m, UnitOfMeasure.Microgram).In(UnitOfMeasure.Milligram).Amount);

    [Fact]
    public void Conversions_through_the_whole_scale_are_exact()
    {
        var naltrexone = new Quantity(0.0045m, UnitOfMeasure.Gram);

        var back = naltrexone.In(UnitOfMeasure.Microgram).In(UnitOfMeasure.Kilogram).In(UnitOfMeasure.Gram);

        Assert.Equal(naltrexone, back);
        Assert.Equal(4500m, naltrexone.In(UnitOfMeasure.Microgram).Amount);
        Assert.Equal(250m, new Quantity(0.25m, UnitOfMeasure.Liter).In(UnitOfMeasure.Milliliter).Amount);
    }

    [Fact]
    public void Grams_are_not_converted_to_millilitres()
    {
        var refused = Assert.Throws<UnitConversionException>(() => new Quantity(5m, UnitOfMeasure.Gram).In(UnitOfMeasure.Milliliter));

        Assert.Contains("g (a mass) cannot be converted to mL (a volume)", refused.Message);
    }

    [Fact]
    public void Capsules_are_not_counted_as_tablets()
    {
        var refused = Assert.Throws<UnitConversionException>(() => new Quantity(30m, UnitOfMeasure.Capsule) + new Quantity(1m, UnitOfMeasure.Tablet));

        Assert.Contains("A count of tablet is not a count of capsule", refused.Message);
    }

    [Fact]
    public void Quantities_of_one_dimension_add_and_compare_in_the_left_hand_unit()
    {
        var weighed = new Quantity(1.35m, UnitOfMeasure.Gram) + new Quantity(150m, UnitOfMeasure.Milligram);

        Assert.Equal(new Quantity(1.5m, UnitOfMeasure.Gram), weighed);
        Assert.True(new Quantity(999m, UnitOfMeasure.Milligram) < new Quantity(1m, UnitOfMeasure.Gram));
        Assert.Equal(0, new Quantity(1000m, UnitOfMeasure.Milligram).CompareTo(new Quantity(1m, UnitOfMeasure.Gram)));
    }

    [Fact]
    public void A_quantity_per_capsule_scales_to_the_batch()
    {
        var perCapsule = new Quantity(0.0045m, UnitOfMeasure.Gram);

        Assert.Equal("1.35 g", (perCapsule * 300m).ToString());
    }

    [Theory]
    [InlineData("g", "g")]
    [InlineData("mg", "mg")]
    [InlineData("mcg", "mcg")]
    [InlineData("µg", "mcg")]
    [InlineData("mL", "mL")]
    [InlineData("ml", "mL")]
    [InlineData("ML", "mL")]
    [InlineData("each", "each")]
    [InlineData("ea", "each")]
    [InlineData("capsule", "capsule")]
    [InlineData("troche", "troche")]
    [InlineData(" kg ", "kg")]
    public void Units_are_read_as_the_pharmacy_writes_them(string written, string symbol) =>
        Assert.Equal(symbol, UnitOfMeasure.Parse(written).Symbol);

    [Theory]
    [InlineData("")]
    [InlineData("units")]
    [InlineData("oz")]
    public void A_unit_the_pharmacy_does_not_use_is_refused_by_name(string written)
    {
        var refused = Assert.Throws<FormatException>(() => UnitOfMeasure.Parse(written));

        Assert.Contains($"'{written}' is not a unit the pharmacy uses", refused.Message);
    }

    [Theory]
    [InlineData("12.5", "g", "12.5 g")]
    [InlineData("0.004500", "g", "0.0045 g")]
    [InlineData("300", "each", "300 each")]
    [InlineData("2.000", "mL", "2 mL")]
    public void A_quantity_reads_with_its_unit_and_no_trailing_zeros(string amount, string unit, string text) =>
        Assert.Equal(text, Quantity.Of(decimal.Parse(amount), unit).ToString());

    [Fact]
    public void A_stock_movement_reads_with_its_sign()
    {
        Assert.Equal("+25 g", new Quantity(25m, UnitOfMeasure.Gram).ToSignedString());
        Assert.Equal("−1.35 g", new Quantity(-1.35m, UnitOfMeasure.Gram).ToSignedString());
    }
}

using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Tests;

public sealed class ItemTests
{
    [Theory]
    [InlineData("3877910000")]
    [InlineData("38779-1000-01")]
    [InlineData("3877910000A")]
    public void An_NDC_is_kept_as_eleven_digits(string ndc)
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Item.Create(new ItemDefinition(
            "ING-001", "Naltrexone hydrochloride USP", ItemKind.Api, ndc, UnitOfMeasure.Gram, false, null, StorageCondition.Room, 20m, 50m, 38m)));

        Assert.IsType<NdcMustBeElevenDigitsRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_container_needs_no_NDC_and_its_code_is_kept_in_capitals()
    {
        var item = Item.Create(new ItemDefinition(
            " ing-042 ", "Hard gelatin capsule size 1", ItemKind.Container, null, UnitOfMeasure.Each, false, null, StorageCondition.Room, 4000m, 10000m, 0.02m));

        Assert.Equal(("ING-042", null, "USD"), (item.Code, item.Ndc, item.CostPerUnit.Currency));
    }

    [Theory]
    [InlineData("g", "g")]
    [InlineData("mL", "mL")]
    [InlineData("ML", "mL")]
    [InlineData("each", "each")]
    public void Units_are_read_from_their_symbols(string symbol, string unit) => Assert.True(UnitOfMeasure.Parse(unit).Matches(symbol));

    [Theory]
    [InlineData("mg")]
    [InlineData("kg")]
    [InlineData("capsule")]
    [InlineData("")]
    public void No_unit_is_silently_taken_for_another(string symbol) => Assert.False(UnitOfMeasure.Gram.Matches(symbol) || UnitOfMeasure.Each.Matches(symbol));
}

using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

public sealed class BeyondUseDateCalculatorTests
{
    private const int CapsuleLimitDays = 180;
    private static readonly DateTimeOffset CompoundingStarted = TestFormulas.Now;
    private static readonly BudInputs Capsules = new(PreparationType.NonSterile, StorageCondition.Room);

    [Fact]
    public void With_no_stability_reference_and_long_dated_lots_the_USP_limit_sets_the_date()
    {
        var lotExpiry = DateOnly.FromDateTime(CompoundingStarted.UtcDateTime).AddYears(2);

        var bud = BeyondUseDateCalculator.CalculateForLots(Capsules, CompoundingStarted, [lotExpiry]);

        Assert.Equal(CompoundingStarted.AddDays(CapsuleLimitDays), bud.Date);
        Assert.Equal(BudLimitedBy.UspLimit, bud.LimitedBy);
        Assert.Equal(StorageCondition.Room, bud.Storage);
    }

    [Fact]
    public void A_stability_reference_shorter_than_the_USP_limit_sets_the_date()
    {
        const int stabilityDays = 120;
        var inputs = Capsules with { Stability = new StabilityReference(stabilityDays, "In-house study") };

        var bud = BeyondUseDateCalculator.Calculate(inputs, CompoundingStarted, []);

        Assert.Equal(CompoundingStarted.AddDays(stabilityDays), bud.Date);
        Assert.Equal(BudLimitedBy.Stability, bud.LimitedBy);
    }

    [Fact]
    public void A_non_sterile_stability_reference_longer_than_180_days_is_capped_at_180()
    {
        const int stabilityDays = 365;
        var inputs = Capsules with { Stability = new StabilityReference(stabilityDays, "Published study") };

        var bud = BeyondUseDateCalculator.Calculate(inputs, CompoundingStarted, []);

        Assert.Equal(BudLimitedBy.UspLimit, bud.LimitedBy);
        Assert.Equal(CompoundingStarted.AddDays(CapsuleLimitDays), bud.Date);
        Assert.Contains("capped at the 180 days", bud.Explanation);
    }

    [Fact]
    public void A_non_sterile_stability_reference_replaces_a_shorter_table_limit()
    {
        const int stabilityDays = 60;
        var preservedAqueous = new BudInputs(
            PreparationType.NonSterile, StorageCondition.Room, WaterActivity.Aqueous, Preserved: true,
            Stability: new StabilityReference(stabilityDays, "Published study"));

        var bud = BeyondUseDateCalculator.Calculate(preservedAqueous, CompoundingStarted, []);

        Assert.Equal(CompoundingStarted.AddDays(stabilityDays), bud.Date);
        Assert.Equal(BudLimitedBy.Stability, bud.LimitedBy);
    }

    [Fact]
    public void A_sterile_stability_reference_longer_than_the_table_limit_does_not_extend_it()
    {
        const int cat2RefrigeratedTestedDays = 45;
        var inputs = new BudInputs(
            PreparationType.SterileCategory2, StorageCondition.Refrigerator, Sterilization: SterilizationMethod.Aseptic, SterilityTested: true,
            Stability: new StabilityReference(120, "Published study"));

        var bud = BeyondUseDateCalculator.Calculate(inputs, CompoundingStarted, []);

        Assert.Equal(CompoundingStarted.AddDays(cat2RefrigeratedTestedDays), bud.Date);
        Assert.Equal(BudLimitedBy.UspLimit, bud.LimitedBy);
    }

    [Fact]
    public void A_sterile_stability_reference_shorter_than_the_table_limit_shortens_it()
    {
        const int stabilityDays = 20;
        var inputs = new BudInputs(
            PreparationType.SterileCategory2, StorageCondition.Refrigerator, Sterilization: SterilizationMethod.Aseptic, SterilityTested: true,
            Stability: new StabilityReference(stabilityDays, "In-house study"));

        var bud = BeyondUseDateCalculator.Calculate(inputs, CompoundingStarted, []);

        Assert.Equal(CompoundingStarted.AddDays(stabilityDays), bud.Date);
        Assert.Equal(BudLimitedBy.Stability, bud.LimitedBy);
    }

    [Fact]
    public void An_ingredient_expired_at_or_before_compounding_gives_no_beyond_use_date()
    {
        var today = DateOnly.FromDateTime(CompoundingStarted.UtcDateTime);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => BeyondUseDateCalculator.CalculateForLots(Capsules, CompoundingStarted, [today]));

        Assert.IsType<BeyondUseDateMustFallAfterCompoundingRule>(broken.BrokenRule);
    }

    [Fact]
    public void An_ingredient_lot_expiring_first_sets_the_date_and_the_preparation_is_not_used_on_its_expiry_day()
    {
        const int daysToExpiry = 40;
        var startDay = DateOnly.FromDateTime(CompoundingStarted.UtcDateTime);
        var early = startDay.AddDays(daysToExpiry);

        var bud = BeyondUseDateCalculator.CalculateForLots(Capsules, CompoundingStarted, [startDay.AddYears(1), early]);

        Assert.Equal(BudLimitedBy.IngredientExpiry, bud.LimitedBy);
        Assert.Equal(new DateTimeOffset(early.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), bud.Date);
    }

    [Fact]
    public void A_Category_1_preparation_at_room_temperature_is_dated_in_hours_from_the_start_of_compounding()
    {
        const int hours = 12;
        var inputs = new BudInputs(PreparationType.SterileCategory1, StorageCondition.Room, Sterilization: SterilizationMethod.Aseptic);

        var bud = BeyondUseDateCalculator.CalculateForLots(inputs, CompoundingStarted, [DateOnly.FromDateTime(CompoundingStarted.UtcDateTime).AddYears(1)]);

        Assert.Equal(CompoundingStarted.AddHours(hours), bud.Date);
        Assert.Equal(BudLimitedBy.UspLimit, bud.LimitedBy);
    }

    [Fact]
    public void When_a_sterile_table_limit_and_the_stability_reference_fall_together_the_table_is_named()
    {
        const int cat2RefrigeratedTestedDays = 45;
        var inputs = new BudInputs(
            PreparationType.SterileCategory2, StorageCondition.Refrigerator, Sterilization: SterilizationMethod.Aseptic, SterilityTested: true,
            Stability: new StabilityReference(cat2RefrigeratedTestedDays, "In-house study"));

        var bud = BeyondUseDateCalculator.Calculate(inputs, CompoundingStarted, []);

        Assert.Equal(BudLimitedBy.UspLimit, bud.LimitedBy);
    }
}

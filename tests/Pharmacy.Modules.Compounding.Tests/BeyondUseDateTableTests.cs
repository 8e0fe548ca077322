using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>Every row of the USP &lt;795&gt; and &lt;797&gt; tables as revised in 2023 (DOMAIN.md), and the combinations they forbid.</summary>
public sealed class BeyondUseDateTableTests
{
    private const int Day = 24;

    [Theory]
    [InlineData(WaterActivity.Aqueous, false, false, StorageCondition.Refrigerator, 14)]
    [InlineData(WaterActivity.Aqueous, true, false, StorageCondition.Room, 35)]
    [InlineData(WaterActivity.Aqueous, true, false, StorageCondition.Refrigerator, 35)]
    [InlineData(WaterActivity.NonAqueous, false, true, StorageCondition.Room, 90)]
    [InlineData(WaterActivity.NonAqueous, false, true, StorageCondition.Refrigerator, 90)]
    [InlineData(WaterActivity.NonAqueous, false, false, StorageCondition.Room, 180)]
    [InlineData(WaterActivity.NonAqueous, false, false, StorageCondition.Refrigerator, 180)]
    public void A_non_sterile_preparation_gets_the_USP_795_limit_of_its_row(
        WaterActivity waterActivity, bool preserved, bool oralLiquid, StorageCondition storage, int expectedDays)
    {
        var limit = UspBudTable.LimitFor(new BudInputs(PreparationType.NonSterile, storage, waterActivity, preserved, oralLiquid));

        Assert.Equal(TimeSpan.FromDays(expectedDays), limit.Duration);
        Assert.StartsWith("USP <795>", limit.Row);
    }

    [Fact]
    public void An_aqueous_preparation_without_preservative_has_no_room_temperature_limit()
    {
        var limit = UspBudTable.LimitFor(new BudInputs(PreparationType.NonSterile, StorageCondition.Room, WaterActivity.Aqueous, Preserved: false));

        Assert.False(limit.IsAllowed);
        Assert.Contains("refrigerator", limit.NotAllowedBecause);
    }

    [Theory]
    [InlineData(WaterActivity.Aqueous, true)]
    [InlineData(WaterActivity.NonAqueous, false)]
    public void A_non_sterile_preparation_has_no_limit_when_frozen(WaterActivity waterActivity, bool preserved)
    {
        var limit = UspBudTable.LimitFor(new BudInputs(PreparationType.NonSterile, StorageCondition.Freezer, waterActivity, preserved));

        Assert.False(limit.IsAllowed);
    }

    [Theory]
    // Category 1
    [InlineData(PreparationType.SterileCategory1, SterilizationMethod.Aseptic, false, true, StorageCondition.Room, 12)]
    [InlineData(PreparationType.SterileCategory1, SterilizationMethod.Aseptic, false, true, StorageCondition.Refrigerator, 24)]
    // Category 2, aseptic, not sterility tested, a non-sterile starting component
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, false, true, StorageCondition.Room, 1 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, false, true, StorageCondition.Refrigerator, 4 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, false, true, StorageCondition.Freezer, 45 * Day)]
    // Category 2, aseptic, not sterility tested, sterile starting components only
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, false, false, StorageCondition.Room, 4 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, false, false, StorageCondition.Refrigerator, 10 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, false, false, StorageCondition.Freezer, 45 * Day)]
    // Category 2, aseptic, sterility tested and passed
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, true, true, StorageCondition.Room, 30 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, true, true, StorageCondition.Refrigerator, 45 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.Aseptic, true, true, StorageCondition.Freezer, 60 * Day)]
    // Category 2, terminally sterilized, not tested
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.TerminallySterilized, false, true, StorageCondition.Room, 14 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.TerminallySterilized, false, true, StorageCondition.Refrigerator, 28 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.TerminallySterilized, false, true, StorageCondition.Freezer, 45 * Day)]
    // Category 2, terminally sterilized, tested
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.TerminallySterilized, true, true, StorageCondition.Room, 45 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.TerminallySterilized, true, true, StorageCondition.Refrigerator, 60 * Day)]
    [InlineData(PreparationType.SterileCategory2, SterilizationMethod.TerminallySterilized, true, true, StorageCondition.Freezer, 90 * Day)]
    // Category 3, aseptic, tested
    [InlineData(PreparationType.SterileCategory3, SterilizationMethod.Aseptic, true, true, StorageCondition.Room, 60 * Day)]
    [InlineData(PreparationType.SterileCategory3, SterilizationMethod.Aseptic, true, true, StorageCondition.Refrigerator, 90 * Day)]
    [InlineData(PreparationType.SterileCategory3, SterilizationMethod.Aseptic, true, true, StorageCondition.Freezer, 120 * Day)]
    // Category 3, terminally sterilized, tested
    [InlineData(PreparationType.SterileCategory3, SterilizationMethod.TerminallySterilized, true, true, StorageCondition.Room, 90 * Day)]
    [InlineData(PreparationType.SterileCategory3, SterilizationMethod.TerminallySterilized, true, true, StorageCondition.Refrigerator, 120 * Day)]
    [InlineData(PreparationType.SterileCategory3, SterilizationMethod.TerminallySterilized, true, true, StorageCondition.Freezer, 180 * Day)]
    public void A_sterile_preparation_gets_the_USP_797_limit_of_its_row_and_storage(
        PreparationType category, SterilizationMethod method, bool sterilityTested, bool nonSterileStartingComponent, StorageCondition storage,
        int expectedHours)
    {
        var limit = UspBudTable.LimitFor(new BudInputs(
            category, storage, Sterilization: method, SterilityTested: sterilityTested, NonSterileStartingComponent: nonSterileStartingComponent));

        Assert.Equal(TimeSpan.FromHours(expectedHours), limit.Duration);
        Assert.StartsWith("USP <797>", limit.Row);
    }

    [Fact]
    public void A_Category_1_preparation_may_not_be_frozen()
    {
        var limit = UspBudTable.LimitFor(new BudInputs(PreparationType.SterileCategory1, StorageCondition.Freezer, Sterilization: SterilizationMethod.Aseptic));

        Assert.False(limit.IsAllowed);
        Assert.StartsWith("Not allowed", limit.Describe());
        var broken = Assert.Throws<BusinessRuleValidationException>(() => BeyondUseDateCalculator.Calculate(
            new BudInputs(PreparationType.SterileCategory1, StorageCondition.Freezer, Sterilization: SterilizationMethod.Aseptic), TestFormulas.Now, []));
        Assert.IsType<StorageMustHaveAUspLimitRule>(broken.BrokenRule);
    }

    [Theory]
    [InlineData(StorageCondition.Room)]
    [InlineData(StorageCondition.Refrigerator)]
    public void Category_1_dating_is_not_extended_by_sterility_testing(StorageCondition storage)
    {
        var untested = UspBudTable.LimitFor(new BudInputs(PreparationType.SterileCategory1, storage, Sterilization: SterilizationMethod.Aseptic));
        var tested = UspBudTable.LimitFor(new BudInputs(
            PreparationType.SterileCategory1, storage, Sterilization: SterilizationMethod.Aseptic, SterilityTested: true));

        Assert.Equal(untested.Duration, tested.Duration);
    }

    [Fact]
    public void A_Category_3_preparation_without_sterility_testing_gets_no_limit()
    {
        var limit = UspBudTable.LimitFor(new BudInputs(
            PreparationType.SterileCategory3, StorageCondition.Refrigerator, Sterilization: SterilizationMethod.Aseptic, SterilityTested: false));

        Assert.False(limit.IsAllowed);
    }

    [Theory]
    [InlineData(DosageForm.OralLiquid, true)]
    [InlineData(DosageForm.OralSolution, true)]
    [InlineData(DosageForm.OralSuspension, true)]
    [InlineData(DosageForm.Syrup, true)]
    [InlineData(DosageForm.Solution, false)]
    [InlineData(DosageForm.Suspension, false)]
    [InlineData(DosageForm.Capsule, false)]
    public void Whether_a_preparation_is_an_oral_liquid_is_decided_by_its_dosage_form(DosageForm form, bool oralLiquid) =>
        Assert.Equal(oralLiquid, DosageForms.IsOralLiquid(form));

    [Theory]
    [InlineData("PO")]
    [InlineData("by mouth")]
    [InlineData("oral")]
    public void A_non_aqueous_oral_liquid_gets_90_days_however_its_route_was_typed(string route)
    {
        const int oralLiquidDays = 90;
        var definition = TestFormulas.NaltrexoneCapsule with { DosageForm = DosageForm.OralLiquid, Route = route, Unit = "mL" };

        var formula = Formula.Draft(definition, 1, null, TestFormulas.Now);

        Assert.Equal(TimeSpan.FromDays(oralLiquidDays), formula.UspLimit.Duration);
    }
}

using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>
/// A compounding record cannot say impossible things: a typing error and more than Inventory reserved are refused
/// when entered, the ±5% check applies to what is weighed to a theoretical quantity (a q.s. base through the
/// total), and the checker signs only after assessing every flag.
/// </summary>
public sealed class BatchRecordTests
{
    private const string Note = "Re-weighed and documented";
    private readonly BatchScenario _scenario = new();

    [Fact]
    public void A_weight_ten_times_the_theoretical_is_refused_as_a_typing_error_and_nothing_is_recorded()
    {
        const decimal typingError = 10m;
        var batch = _scenario.InProgress();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, typingError), batch.Quantity, Note, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now));

        Assert.IsType<WeighedQuantitiesMustBePlausibleRule>(broken.BrokenRule);
        Assert.Contains(TestFormulas.Naltrexone, broken.Message);
        Assert.Contains("typing error", broken.Message);
        Assert.Equal(BatchStatus.InProgress, batch.Status);
        Assert.All(batch.Ingredients, ingredient => Assert.Null(ingredient.Weighed));
    }

    [Fact]
    public void A_weight_beyond_what_Inventory_reserved_is_refused_when_entered()
    {
        const decimal beyondTheReservation = 1.2m;
        var batch = _scenario.InProgress();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, beyondTheReservation), batch.Quantity, Note, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now));

        Assert.IsType<WeighedQuantitiesMustBeReservedRule>(broken.BrokenRule);
        Assert.Contains("Inventory reserved", broken.Message);
        Assert.Equal(BatchStatus.InProgress, batch.Status);
    }

    [Fact]
    public void What_is_recorded_as_used_never_exceeds_the_reserved_lots_so_Inventory_can_always_book_it()
    {
        const decimal overButExplained = 1.08m;
        var batch = _scenario.InProgress();

        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, overButExplained), batch.Quantity, Note, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);

        Assert.All(batch.Lots, lot => Assert.True(lot.Used <= lot.Allocated, $"Lot {lot.LotNumber} used {lot.Used} of {lot.Allocated}."));
    }

    [Fact]
    public void A_q_s_base_is_checked_through_the_total_not_on_its_own()
    {
        const decimal qsOver = 1.1m;
        var formula = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule with
        {
            Ingredients =
            [
                new FormulaIngredient(1, TestFormulas.NaltrexoneItem, TestFormulas.Naltrexone, IngredientRole.Active, Quantity.Of(0.2m, "g")),
                new FormulaIngredient(2, TestFormulas.CelluloseItem, TestFormulas.Cellulose, IngredientRole.BaseQs, Quantity.Of(0.05m, "g")),
                new FormulaIngredient(3, TestFormulas.CapsuleShellItem, TestFormulas.CapsuleShell, IngredientRole.Container, Quantity.Of(1m, "each")),
            ],
        });
        var batch = Batch.Plan("B261129-002", TestFormulas.NaltrexoneCode, formula, _scenario.Fill(), BatchScenario.Now);
        batch.Start(formula, _scenario.Allocation(formula, batch.Quantity), BatchScenario.Now);

        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.CelluloseItem, qsOver), batch.Quantity, null, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);

        Assert.False(batch.Ingredients.Single(i => i.ItemCode == TestFormulas.CelluloseItem).OutsideTolerance);
        Assert.Empty(batch.Flags);
    }

    [Fact]
    public void A_q_s_base_that_takes_the_total_beyond_5_percent_is_flagged()
    {
        const decimal qsOver = 1.07m;
        var batch = _scenario.InProgress();

        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.CelluloseItem, qsOver), batch.Quantity, Note, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);

        Assert.True(batch.Ingredients.Single(i => i.ItemCode == TestFormulas.CelluloseItem).OutsideTolerance);
        Assert.Equal(BatchFlag.LineKey(2), Assert.Single(batch.Flags).Key);
    }

    [Fact]
    public void Containers_are_counted_not_held_to_the_weight_tolerance()
    {
        const decimal twoSpareShells = 32m / 30m;
        var batch = _scenario.InProgress();
        var shells = batch.Ingredients.Single(i => i.ItemCode == TestFormulas.CapsuleShellItem);
        var weighed = BatchScenario.Weighed(batch)
            .Select(w => w.ItemCode == TestFormulas.CapsuleShellItem ? w with { ActualQuantity = shells.Theoretical.Amount * twoSpareShells } : w).ToList();
        var reserved = batch.ReservedOf(shells);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.RecordCompounding(
            weighed, batch.Quantity, null, _scenario.TechnicianId, _scenario.TechnicianName, BatchScenario.Now));

        Assert.Equal(shells.Theoretical, reserved);
        Assert.IsType<WeighedQuantitiesMustBeReservedRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_checker_cannot_sign_a_flagged_record_without_assessing_every_flag()
    {
        const decimal lowYield = 27m;
        var batch = _scenario.InProgress();
        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, 0.9m), lowYield, "Spill at encapsulation", _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);
        var keys = batch.Flags.Select(flag => flag.Key).ToList();

        var unseen = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, [], "Accepted", BatchScenario.Now));
        var oneSeen = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, [keys[0]], "Accepted", BatchScenario.Now));
        var noAssessment = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, keys, " ", BatchScenario.Now));

        Assert.Equal([BatchFlag.LineKey(1), BatchFlag.YieldKey], keys);
        Assert.All([unseen, oneSeen, noAssessment], broken => Assert.IsType<EveryFlagMustBeAssessedBeforeTheCheckRule>(broken.BrokenRule));
        Assert.Contains("Yield", oneSeen.Message);
        Assert.Equal(BatchStatus.Compounded, batch.Status);
    }

    [Fact]
    public void A_checker_who_assessed_every_flag_signs_and_the_assessment_stays_on_the_record()
    {
        const string assessment = "Low fill weight from a spill; potency test ordered, no other impact.";
        var batch = _scenario.InProgress();
        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, 0.9m), batch.Quantity, "Spill at weighing", _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);

        batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, [.. batch.Flags.Select(f => f.Key)], assessment, BatchScenario.Now);

        Assert.Equal(BatchStatus.Checked, batch.Status);
        Assert.Equal(assessment, batch.CheckAssessment);
        Assert.False(string.IsNullOrWhiteSpace(batch.BudExplanation));
    }

    [Fact]
    public void A_lot_for_a_batch_started_today_need_only_outlast_today_so_a_short_dated_lot_can_be_used()
    {
        var today = DateOnly.FromDateTime(BatchScenario.Now.UtcDateTime);

        Assert.Equal(today.AddDays(1), Formula.UsableLotsExpireAfter(BatchScenario.Now));
    }
}

/// <summary>A sterile batch dated on a tested row carries the tests its beyond-use date relies on to Quality.</summary>
public sealed class SterileReleaseTestTests
{
    private static FormulaDefinition SterileInjection(PreparationType category, bool nonSterileStartingComponent) =>
        TestFormulas.NaltrexoneCapsule with
        {
            DosageForm = DosageForm.Injection,
            Route = "intramuscular",
            Unit = "mL",
            Preparation = category,
            Storage = StorageCondition.Refrigerator,
            Sterilization = SterilizationMethod.Aseptic,
            SterilityTested = true,
            NonSterileStartingComponent = nonSterileStartingComponent,
            Stability = new StabilityReference(90, "Published study"),
        };

    [Fact]
    public void A_sterility_tested_Category_2_batch_needs_a_sterility_result_even_when_its_formula_forgot_to_list_one()
    {
        var formula = TestFormulas.Approved(SterileInjection(PreparationType.SterileCategory2, nonSterileStartingComponent: false));

        var tests = Batch.ReleaseTestsOf(formula).Select(check => check.Name).ToList();

        Assert.Contains(Batch.SterilityTest, tests);
        Assert.DoesNotContain(Batch.EndotoxinTest, tests);
        Assert.Equal(formula.QualityChecks.Count + 1, tests.Count);
    }

    [Fact]
    public void A_Category_3_injection_from_a_non_sterile_component_also_needs_an_endotoxin_result()
    {
        var formula = TestFormulas.Approved(SterileInjection(PreparationType.SterileCategory3, nonSterileStartingComponent: true));

        var tests = Batch.ReleaseTestsOf(formula).Select(check => check.Name).ToList();

        Assert.Contains(Batch.SterilityTest, tests);
        Assert.Contains(Batch.EndotoxinTest, tests);
    }

    [Fact]
    public void A_non_sterile_batch_carries_only_its_formula_checks()
    {
        var formula = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        Assert.Equal(formula.QualityChecks.Select(check => check.Name), Batch.ReleaseTestsOf(formula).Select(check => check.Name));
    }
}

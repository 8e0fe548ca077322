using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

public sealed class FormulaAuthoringTests
{
    private const string StabilityWithdrawn = "The stability study behind it was withdrawn by its authors";

    [Fact]
    public void A_new_formula_is_version_one_of_its_code_and_a_draft()
    {
        var formula = Formula.Create(TestFormulas.NaltrexoneCapsule, codeInUse: false, TestFormulas.Now);

        Assert.Equal((TestFormulas.NaltrexoneCode, 1, FormulaStatus.Draft), (formula.Code, formula.VersionNumber, formula.Status));
    }

    [Fact]
    public void A_formula_cannot_be_written_under_a_code_that_exists_already()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Create(TestFormulas.NaltrexoneCapsule, codeInUse: true, TestFormulas.Now));

        Assert.IsType<AFormulaCodeIsWrittenOnceRule>(broken.BrokenRule);
        Assert.Contains("start a new version of that formula", broken.Message);
    }

    [Fact]
    public void A_measured_check_keeps_its_limits_in_its_own_unit_and_reads_them_as_people_do()
    {
        var definition = TestFormulas.NaltrexoneCapsule with
        {
            QualityChecks =
            [
                new QualityCheck(1, "Appearance", "Capsules intact"),
                new QualityCheck(2, "Potency: naltrexone", "4.05-4.95 mg per capsule", QcMeasure.MgPerUnit, 4.05m, 4.95m),
            ],
        };

        var formula = Formula.Create(definition, codeInUse: false, TestFormulas.Now);

        var potency = formula.QualityChecks.Single(check => check.Line == 2);
        Assert.Equal((QcMeasure.MgPerUnit, 4.05m, 4.95m), (potency.Measure, potency.Lowest, potency.Highest));
        Assert.Equal("4.05-4.95 mg per capsule", potency.LimitsInWords("capsule"));
        Assert.Equal("Pass / fail", formula.QualityChecks.Single(check => check.Line == 1).LimitsInWords("capsule"));
    }

    [Theory]
    [InlineData(QcMeasure.Ph, null, 7.5)] // no lowest limit
    [InlineData(QcMeasure.Ph, 6.5, 15.0)] // beyond the pH scale
    [InlineData(QcMeasure.PercentOfLabel, 110.0, 90.0)] // the wrong way round
    [InlineData(QcMeasure.PercentOfLabel, 90.0, 250.0)]
    [InlineData(QcMeasure.MgPerUnit, 0.0, 4.95)] // nothing is not a potency
    public void A_measured_check_with_missing_or_impossible_limits_is_refused(QcMeasure measure, double? lowest, double highest)
    {
        var definition = TestFormulas.NaltrexoneCapsule with
        {
            QualityChecks = [new QualityCheck(1, "Check", "As written", measure, (decimal?)lowest, (decimal)highest)],
        };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Create(definition, codeInUse: false, TestFormulas.Now));

        Assert.IsType<QcLimitsMustFitTheirMeasureRule>(broken.BrokenRule);
        Assert.StartsWith("Quality check 1 (Check):", broken.Message);
    }

    /// <summary>
    /// Worked example: 100 capsules of naltrexone 4.5 mg (as the base) weighed as naltrexone hydrochloride
    /// (MW 377.86 / 341.41 = 1.1068) from stock assaying 98% (100 / 98 = 1.0204): 0.0045 g x 1.1068 x 1.0204 x 100
    /// = 0.508220 g; the cellulose q.s. gives up the 0.058220 g the factors add, 24.55 - 0.058220 = 24.491780 g, so the
    /// fill stays 250 mg a capsule; the capsule shells are counted, 100.
    /// </summary>
    [Fact]
    public void An_active_weighed_as_a_salt_from_stock_below_full_potency_is_scaled_and_the_base_qs_gives_up_the_difference()
    {
        var definition = TestFormulas.NaltrexoneCapsule with
        {
            Ingredients =
            [
                new FormulaIngredient(1, TestFormulas.NaltrexoneItem, "Naltrexone hydrochloride USP", IngredientRole.Active,
                    Quantity.Of(0.0045m, "g"), potencyFactor: 1.0204m, saltFactor: 1.1068m),
                new FormulaIngredient(2, TestFormulas.CelluloseItem, "Microcrystalline cellulose NF", IngredientRole.BaseQs, Quantity.Of(0.2455m, "g")),
                new FormulaIngredient(3, TestFormulas.CapsuleShellItem, "Hard gelatin capsule size 1", IngredientRole.Container, Quantity.Of(1m, "each")),
            ],
        };

        var quantities = TestFormulas.Approved(definition).QuantitiesFor(100);

        Assert.Equal(Quantity.Of(0.50822m, "g"), quantities[0].Theoretical);
        Assert.Equal(Quantity.Of(24.49178m, "g"), quantities[1].Theoretical);
        Assert.Equal(Quantity.Of(100m, "each"), quantities[2].Theoretical);
        Assert.Equal(25m, quantities[0].Theoretical.Amount + quantities[1].Theoretical.Amount);
    }

    /// <summary>Worked example without factors: 30 capsules take 0.135 g of naltrexone and 7.365 g of cellulose.</summary>
    [Fact]
    public void A_line_without_factors_is_its_quantity_per_unit_times_the_units()
    {
        var quantities = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule).QuantitiesFor(30);

        Assert.Equal([Quantity.Of(0.135m, "g"), Quantity.Of(7.365m, "g"), Quantity.Of(30m, "each")], quantities.Select(q => q.Theoretical));
    }

    [Theory]
    [InlineData(IngredientRole.Active, 1.1, 0.0)] // no potency at all
    [InlineData(IngredientRole.Active, 0.9, 1.0)] // a salt lighter than its base
    [InlineData(IngredientRole.Active, 6.0, 1.0)]
    [InlineData(IngredientRole.Active, 1.0, 150.0)]
    [InlineData(IngredientRole.Container, 1.1, 1.0)] // a container is counted, not adjusted
    public void Implausible_factors_or_factors_on_a_line_that_is_not_weighed_as_an_ingredient_are_refused(IngredientRole role, double salt, double potency)
    {
        var definition = TestFormulas.NaltrexoneCapsule with
        {
            Ingredients =
            [
                new FormulaIngredient(1, TestFormulas.NaltrexoneItem, "Naltrexone hydrochloride USP", IngredientRole.Active, Quantity.Of(0.0045m, "g")),
                new FormulaIngredient(2, "ING-099", "Line under test", role, Quantity.Of(1m, "each"), (decimal)potency, (decimal)salt),
            ],
        };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Create(definition, codeInUse: false, TestFormulas.Now));

        Assert.IsType<IngredientFactorsMustBePlausibleRule>(broken.BrokenRule);
        Assert.StartsWith("Ingredient line 2 (Line under test):", broken.Message);
    }

    [Fact]
    public void Factors_that_would_take_more_than_the_whole_base_qs_are_refused()
    {
        var definition = TestFormulas.NaltrexoneCapsule with
        {
            Ingredients =
            [
                new FormulaIngredient(1, TestFormulas.NaltrexoneItem, "Estriol 1% trituration", IngredientRole.Active,
                    Quantity.Of(0.002m, "g"), potencyFactor: 100m),
                new FormulaIngredient(2, TestFormulas.CelluloseItem, "Microcrystalline cellulose NF", IngredientRole.BaseQs, Quantity.Of(0.148m, "g")),
            ],
        };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Create(definition, codeInUse: false, TestFormulas.Now));

        Assert.IsType<AdjustedLinesMustLeaveRoomForTheBaseRule>(broken.BrokenRule);
    }

    [Fact]
    public void Editing_a_draft_rewrites_its_lines_in_place_and_keeps_its_code_and_version()
    {
        var draft = Formula.Create(TestFormulas.NaltrexoneCapsule, codeInUse: false, TestFormulas.Now);
        var originalLine = draft.Ingredients.Single(i => i.Line == 1);
        var revised = TestFormulas.NaltrexoneCapsule with
        {
            Code = "SOMETHING-ELSE",
            Name = "Naltrexone 3 mg capsule",
            Ingredients = [.. TestFormulas.NaltrexoneCapsule.Ingredients.Where(i => i.Line != 3)
                .Select(i => i.Line == 1 ? new FormulaIngredient(1, i.ItemCode, i.Name, i.Role, Quantity.Of(0.003m, "g")) : i)],
            Instructions = ["Weigh.", "Blend.", "Fill size 2 capsules.", "Close and de-dust."],
        };

        draft.Revise(revised, changeSummary: null, TestFormulas.Now);

        Assert.Equal((TestFormulas.NaltrexoneCode, 1, "Naltrexone 3 mg capsule"), (draft.Code, draft.VersionNumber, draft.Name));
        Assert.Equal([1, 2], draft.Ingredients.Select(i => i.Line));
        Assert.Same(originalLine, draft.Ingredients.Single(i => i.Line == 1));
        Assert.Equal(Quantity.Of(0.003m, "g"), originalLine.PerUnit);
        Assert.Equal(4, draft.Instructions.Count);
    }

    [Fact]
    public void An_approved_version_is_never_edited_and_stays_as_it_was()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            approved.Revise(TestFormulas.NaltrexoneCapsule with { Name = "Changed" }, "A change", TestFormulas.Now));

        Assert.IsType<OnlyADraftCanBeEditedRule>(broken.BrokenRule);
        Assert.Equal("LDN-4.5-CAP version 1 is Approved and can no longer change: start a new version to change the formula.", broken.Message);
        Assert.Equal("Naltrexone 4.5 mg capsule", approved.Name);
    }

    [Fact]
    public void An_edit_that_leaves_no_active_ingredient_is_refused_and_the_draft_keeps_its_lines()
    {
        var draft = Formula.Create(TestFormulas.NaltrexoneCapsule, codeInUse: false, TestFormulas.Now);
        var withoutActive = TestFormulas.NaltrexoneCapsule with { Ingredients = [.. TestFormulas.NaltrexoneCapsule.Ingredients.Where(i => i.Role != IngredientRole.Active)] };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => draft.Revise(withoutActive, null, TestFormulas.Now));

        Assert.IsType<FormulaMustHaveAnActiveIngredientRule>(broken.BrokenRule);
        Assert.Equal(3, draft.Ingredients.Count);
    }

    [Fact]
    public void Editing_a_later_version_without_saying_what_it_changes_is_refused()
    {
        var next = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule).StartNextVersion("Size 2 capsule", null, TestFormulas.Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => next.Revise(TestFormulas.NaltrexoneCapsule, " ", TestFormulas.Now));

        Assert.IsType<ANewVersionMustSayWhatChangedRule>(broken.BrokenRule);
        Assert.Equal("Size 2 capsule", next.ChangeSummary);
    }

    [Fact]
    public void Withdrawing_an_approved_formula_keeps_the_reason_and_says_it_may_no_longer_be_prescribed()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        approved.ClearDomainEvents();

        approved.Withdraw(StabilityWithdrawn, TestFormulas.Now);

        Assert.Equal((FormulaStatus.Retired, StabilityWithdrawn), (approved.Status, approved.RetirementReason));
        var withdrawn = Assert.IsType<FormulaWithdrawnDomainEvent>(Assert.Single(approved.DomainEvents));
        Assert.Equal((TestFormulas.NaltrexoneCode, 1), (withdrawn.Code, withdrawn.VersionNumber));
    }

    [Fact]
    public void Abandoning_a_draft_retires_it_without_telling_anyone_since_it_was_never_prescribed()
    {
        var draft = Formula.Create(TestFormulas.NaltrexoneCapsule, codeInUse: false, TestFormulas.Now);

        draft.Withdraw("Written in error", TestFormulas.Now);

        Assert.Equal(FormulaStatus.Retired, draft.Status);
        Assert.Empty(draft.DomainEvents);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Withdrawing_without_a_reason_is_refused(string? reason)
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => approved.Withdraw(reason, TestFormulas.Now));

        Assert.IsType<WithdrawingAFormulaNeedsAReasonRule>(broken.BrokenRule);
        Assert.Equal(FormulaStatus.Approved, approved.Status);
    }

    [Fact]
    public void A_retired_version_cannot_be_withdrawn_again()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        approved.Retire(2, TestFormulas.Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => approved.Withdraw(StabilityWithdrawn, TestFormulas.Now));

        Assert.IsType<ARetiredFormulaStaysRetiredRule>(broken.BrokenRule);
        Assert.Equal("Superseded by version 2.", approved.RetirementReason);
    }

    [Fact]
    public void A_new_version_after_an_abandoned_draft_never_reuses_its_number()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var next = approved.StartNextVersion("Size 2 capsule", draftVersion: null, TestFormulas.Now, highestVersion: 2);

        Assert.Equal(3, next.VersionNumber);
    }
}

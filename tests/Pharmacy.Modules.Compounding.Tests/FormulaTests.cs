using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

public sealed class FormulaTests
{
    private const int ThirtyCapsules = 30;

    [Fact]
    public void A_new_formula_version_is_a_draft_until_a_pharmacist_approves_it()
    {
        var formula = Formula.Draft(TestFormulas.NaltrexoneCapsule, 1, null, TestFormulas.Now);
        Assert.Equal(FormulaStatus.Draft, formula.Status);

        formula.Approve("pharmacist-7", "Lena Varga", TestFormulas.Now);

        Assert.Equal(FormulaStatus.Approved, formula.Status);
        Assert.Equal("Lena Varga", formula.ApprovedByName);
        Assert.Equal(TestFormulas.Now, formula.ApprovedAt);
    }

    [Fact]
    public void An_approved_version_cannot_be_approved_again_and_only_an_approved_one_can_be_retired()
    {
        var draft = Formula.Draft(TestFormulas.NaltrexoneCapsule, 2, "Smaller capsule", TestFormulas.Now);
        var retiringDraft = Assert.Throws<BusinessRuleValidationException>(() => draft.Retire(2, TestFormulas.Now));
        Assert.IsType<OnlyAnApprovedFormulaCanBeRetiredRule>(retiringDraft.BrokenRule);

        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        var approvingAgain = Assert.Throws<BusinessRuleValidationException>(() => approved.Approve("pharmacist-7", "Lena Varga", TestFormulas.Now));

        Assert.IsType<FormulaMustBeDraftToApproveRule>(approvingAgain.BrokenRule);
        Assert.Equal("Only a draft can be approved; LDN-4.5-CAP version 1 is Approved.", approvingAgain.Message);
        approved.Retire(2, TestFormulas.Now);
        Assert.Equal(FormulaStatus.Retired, approved.Status);
    }

    [Fact]
    public void A_batch_needs_each_ingredient_times_the_batch_quantity()
    {
        var formula = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var quantities = formula.QuantitiesFor(ThirtyCapsules);

        Assert.Equal(TestFormulas.NaltrexonePerCapsule * ThirtyCapsules, quantities.Single(q => q.ItemCode == TestFormulas.NaltrexoneItem).Theoretical.Amount);
        Assert.Equal(ThirtyCapsules, quantities.Single(q => q.ItemCode == TestFormulas.CapsuleShellItem).Theoretical.Amount);
    }

    [Fact]
    public void A_Category_1_formula_cannot_be_written_for_freezer_storage()
    {
        var frozen = TestFormulas.NaltrexoneCapsule with
        {
            Preparation = PreparationType.SterileCategory1, Sterilization = SterilizationMethod.Aseptic, Storage = StorageCondition.Freezer,
        };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Draft(frozen, 1, null, TestFormulas.Now));

        Assert.Contains("Category 1", broken.Message);
    }

    [Fact]
    public void A_sterile_formula_must_say_how_it_is_made_sterile()
    {
        var sterile = TestFormulas.NaltrexoneCapsule with { Preparation = PreparationType.SterileCategory2, Sterilization = null };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Draft(sterile, 1, null, TestFormulas.Now));

        Assert.IsType<SterilePreparationMustNameItsSterilizationMethodRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_formula_without_an_active_ingredient_is_refused()
    {
        var placebo = TestFormulas.NaltrexoneCapsule with
        {
            Ingredients = [new FormulaIngredient(1, TestFormulas.CelluloseItem, TestFormulas.Cellulose, IngredientRole.BaseQs, Quantity.Of(0.25m, "g"))],
        };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Formula.Draft(placebo, 1, null, TestFormulas.Now));

        Assert.IsType<FormulaMustHaveAnActiveIngredientRule>(broken.BrokenRule);
    }
}

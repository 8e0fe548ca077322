using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

public sealed class FormulaVersionTests
{
    private const string SmallerCapsule = "Size 2 capsule instead of size 1";

    [Fact]
    public void A_new_version_starts_as_a_draft_copy_of_the_approved_one_numbered_one_higher()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var next = approved.StartNextVersion(SmallerCapsule, draftVersion: null, TestFormulas.Now);

        Assert.Equal(FormulaStatus.Draft, next.Status);
        Assert.Equal(2, next.VersionNumber);
        Assert.Equal(approved.Code, next.Code);
        Assert.Equal(SmallerCapsule, next.ChangeSummary);
        Assert.NotEqual(approved.Id, next.Id);
        Assert.Equal(
            approved.Ingredients.Select(i => (i.Line, i.ItemCode, i.Role, i.PerUnit)),
            next.Ingredients.Select(i => (i.Line, i.ItemCode, i.Role, i.PerUnit)));
        Assert.Equal(approved.QualityChecks.Select(c => (c.Name, c.Specification)), next.QualityChecks.Select(c => (c.Name, c.Specification)));
        Assert.Equal(approved.Instructions, next.Instructions);
        Assert.Equal(approved.BudInputs, next.BudInputs);
        Assert.All(next.Ingredients, line => Assert.DoesNotContain(line, approved.Ingredients));
    }

    [Fact]
    public void Starting_a_new_version_leaves_the_approved_one_approved_and_unchanged()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        var linesBefore = approved.Ingredients.Select(i => (i.Line, i.ItemCode, i.PerUnit)).ToList();

        approved.StartNextVersion(SmallerCapsule, draftVersion: null, TestFormulas.Now);

        Assert.Equal(FormulaStatus.Approved, approved.Status);
        Assert.Equal(1, approved.VersionNumber);
        Assert.Equal(linesBefore, approved.Ingredients.Select(i => (i.Line, i.ItemCode, i.PerUnit)));
    }

    [Fact]
    public void A_new_version_is_refused_while_the_code_already_has_a_draft()
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => approved.StartNextVersion(SmallerCapsule, draftVersion: 2, TestFormulas.Now));

        Assert.IsType<OnlyOneDraftOfAFormulaAtATimeRule>(broken.BrokenRule);
        Assert.Equal("LDN-4.5-CAP already has a draft, version 2: edit that draft, or approve it, before starting another version.", broken.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_new_version_without_a_change_summary_is_refused(string? changeSummary)
    {
        var approved = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => approved.StartNextVersion(changeSummary, draftVersion: null, TestFormulas.Now));

        Assert.IsType<ANewVersionMustSayWhatChangedRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_new_version_starts_only_from_an_approved_version_not_from_a_draft_or_a_retired_one()
    {
        var draft = Formula.Draft(TestFormulas.NaltrexoneCapsule, 1, null, TestFormulas.Now);
        var retired = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        retired.Retire(2, TestFormulas.Now);

        var fromDraft = Assert.Throws<BusinessRuleValidationException>(() => draft.StartNextVersion(SmallerCapsule, draftVersion: null, TestFormulas.Now));
        var fromRetired = Assert.Throws<BusinessRuleValidationException>(() => retired.StartNextVersion(SmallerCapsule, draftVersion: null, TestFormulas.Now));

        Assert.IsType<ANewVersionStartsFromTheApprovedOneRule>(fromDraft.BrokenRule);
        Assert.IsType<ANewVersionStartsFromTheApprovedOneRule>(fromRetired.BrokenRule);
    }

    [Fact]
    public void Approving_the_new_version_and_retiring_the_old_one_leaves_one_approved_version_of_the_code()
    {
        var first = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        var second = first.StartNextVersion(SmallerCapsule, draftVersion: null, TestFormulas.Now);

        second.Approve("pharmacist-7", "Lena Varga", TestFormulas.Now);
        first.Retire(2, TestFormulas.Now);

        Assert.Equal(FormulaStatus.Approved, second.Status);
        Assert.Equal(FormulaStatus.Retired, first.Status);
        var retiringAgain = Assert.Throws<BusinessRuleValidationException>(() => first.Retire(2, TestFormulas.Now));
        Assert.IsType<OnlyAnApprovedFormulaCanBeRetiredRule>(retiringAgain.BrokenRule);
    }
}

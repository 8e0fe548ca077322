using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class AccountManagementTests
{
    private const string AccountManagerId = "accounts-1";
    private const string AccountManager = "Avery Brooks";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly Guid Provider = Guid.CreateVersion7();

    [Theory]
    [InlineData(GiftKind.Sample, 4.50, false, false)]
    [InlineData(GiftKind.Sample, 10.00, false, true)]
    [InlineData(GiftKind.Sample, 2.00, true, true)]
    [InlineData(GiftKind.Meal, 0.00, false, true)]
    [InlineData(GiftKind.Gift, 25.00, false, true)]
    public void Gifts_meals_valuable_samples_and_anything_flagged_by_hand_await_a_compliance_review(
        GiftKind kind, double value, bool flaggedByHand, bool awaitsReview)
    {
        var entry = Log(kind, (decimal)value, flaggedByHand);

        Assert.Equal(awaitsReview, entry.AntiKickbackFlag);
        Assert.Equal(awaitsReview ? GiftReview.Awaiting : GiftReview.NotNeeded, entry.Review);
    }

    [Fact]
    public void A_pharmacist_approves_a_flagged_gift_once_with_a_note_and_it_leaves_the_queue()
    {
        var entry = Log(GiftKind.Meal, 38.00m);

        entry.Decide(approve: true, "Lunch at an in-service, within policy", "rph-1", "Dana Whitfield", Now.AddDays(1));

        Assert.Equal(GiftReview.Approved, entry.Review);
        Assert.Equal("Dana Whitfield", entry.ReviewedBy);
        var again = Assert.Throws<BusinessRuleValidationException>(() => entry.Decide(false, "Changed my mind", "rph-2", "Lee Park", Now.AddDays(2)));
        Assert.IsType<GiftMustAwaitReviewRule>(again.BrokenRule);
        Assert.Equal(GiftReview.Approved, entry.Review);
    }

    [Fact]
    public void The_person_who_logged_a_gift_cannot_review_it_nor_can_anyone_without_a_note()
    {
        var entry = Log(GiftKind.Gift, 120.00m);

        var own = Assert.Throws<BusinessRuleValidationException>(() => entry.Decide(true, "Fine", AccountManagerId, AccountManager, Now));
        var silent = Assert.Throws<BusinessRuleValidationException>(() => entry.Decide(false, " ", "rph-1", "Dana Whitfield", Now));

        Assert.IsType<GiftReviewerMustNotHaveLoggedItRule>(own.BrokenRule);
        Assert.IsType<GiftReviewMustGiveANoteRule>(silent.BrokenRule);
        Assert.Equal(GiftReview.Awaiting, entry.Review);
    }

    [Fact]
    public void A_task_is_overdue_only_while_open_after_its_due_day_and_can_be_undone()
    {
        var task = FollowUpTask.Add(AccountKind.Provider, Provider, true, "Send the W-9 form", Today, AccountManager, AccountManager, Now);

        Assert.False(task.IsOverdueOn(Today));
        Assert.True(task.IsOverdueOn(Today.AddDays(1)));
        task.Complete(AccountManager, Now.AddDays(2));
        Assert.False(task.IsOverdueOn(Today.AddDays(3)));
        task.Reopen();
        Assert.True(task.IsOverdueOn(Today.AddDays(3)));
        Assert.IsType<FollowUpTaskMustBeDoneToBeReopenedRule>(Assert.Throws<BusinessRuleValidationException>(task.Reopen).BrokenRule);
    }

    [Fact]
    public void An_interaction_dated_in_the_future_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Interaction.Record(
            AccountKind.Provider, Provider, true, InteractionKind.Visit, Today.AddDays(7), "Lunch and learn", null, AccountManager, Now));

        Assert.IsType<InteractionMustNotBeInTheFutureRule>(broken.BrokenRule);
    }

    private static GiftLogEntry Log(GiftKind kind, decimal value, bool flaggedByHand = false) => GiftLogEntry.Log(
        Provider, providerExists: true, kind, "Branded pens and a lunch", Money.Dollars(value), Today, flaggedByHand, AccountManagerId, AccountManager, Now);
}

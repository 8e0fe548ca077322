using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Accounts;

public readonly record struct FollowUpTaskId(Guid Value) : ITypedId<FollowUpTaskId>
{
    public static FollowUpTaskId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>Something to do for a provider or an organisation by a day, by someone; done, and undone when it was not.</summary>
public sealed class FollowUpTask : AggregateRoot
{
    private FollowUpTask()
    {
    }

    public FollowUpTaskId Id { get; private set; }

    public AccountKind AccountKind { get; private set; }

    public Guid AccountId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    /// <summary>The user name of the person who is to do it.</summary>
    public string AssignedTo { get; private set; } = "";

    public bool Done { get; private set; }

    public string? DoneBy { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsOverdueOn(DateOnly today) => !Done && DueOn < today;

    public static FollowUpTask Add(
        AccountKind accountKind, Guid accountId, bool accountExists, string title, DateOnly dueOn, string assignedTo, string createdBy, DateTimeOffset now)
    {
        CheckRule(new AccountMustBeRegisteredRule(accountKind, accountExists));
        return new FollowUpTask
        {
            Id = TypedId.New<FollowUpTaskId>(),
            AccountKind = accountKind,
            AccountId = accountId,
            Title = title.Trim(),
            DueOn = dueOn,
            AssignedTo = assignedTo.Trim(),
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public void Complete(string by, DateTimeOffset now)
    {
        CheckRule(new FollowUpTaskMustBeOpenToBeDoneRule(Done));
        Done = true;
        DoneBy = by;
        DoneAt = now;
    }

    public void Reopen()
    {
        CheckRule(new FollowUpTaskMustBeDoneToBeReopenedRule(Done));
        Done = false;
        DoneBy = null;
        DoneAt = null;
    }
}

public sealed class FollowUpTaskMustBeOpenToBeDoneRule(bool done) : IBusinessRule
{
    public bool IsBroken() => done;

    public string Message => "The task is already done.";
}

public sealed class FollowUpTaskMustBeDoneToBeReopenedRule(bool done) : IBusinessRule
{
    public bool IsBroken() => !done;

    public string Message => "The task is still open; there is nothing to undo.";
}

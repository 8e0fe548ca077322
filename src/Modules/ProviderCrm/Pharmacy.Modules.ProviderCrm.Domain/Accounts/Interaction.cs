using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Accounts;

public readonly record struct InteractionId(Guid Value) : ITypedId<InteractionId>
{
    public static InteractionId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public enum InteractionKind
{
    [DisplayText("Call")]
    Call,

    [DisplayText("Visit")]
    Visit,

    [DisplayText("Email")]
    Email,

    [DisplayText("Note")]
    Note,
}

/// <summary>A call, visit, email or note with a provider or an organisation: when, what was said, and what came of it.</summary>
public sealed class Interaction : AggregateRoot
{
    private Interaction()
    {
    }

    public InteractionId Id { get; private set; }

    public AccountKind AccountKind { get; private set; }

    public Guid AccountId { get; private set; }

    public InteractionKind Kind { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Summary { get; private set; } = "";

    public string? Outcome { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static Interaction Record(
        AccountKind accountKind, Guid accountId, bool accountExists, InteractionKind kind, DateOnly occurredOn, string summary, string? outcome,
        string recordedBy, DateTimeOffset now)
    {
        CheckRule(new AccountMustBeRegisteredRule(accountKind, accountExists));
        CheckRule(new InteractionMustNotBeInTheFutureRule(occurredOn, DateOnly.FromDateTime(now.UtcDateTime).AddDays(1)));
        return new Interaction
        {
            Id = TypedId.New<InteractionId>(),
            AccountKind = accountKind,
            AccountId = accountId,
            Kind = kind,
            OccurredOn = occurredOn,
            Summary = summary.Trim(),
            Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim(),
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
    }
}

/// <summary>An interaction is recorded after it happened (a day's grace for time zones); plans are follow-up tasks.</summary>
public sealed class InteractionMustNotBeInTheFutureRule(DateOnly occurredOn, DateOnly latest) : IBusinessRule
{
    public bool IsBroken() => occurredOn > latest;

    public string Message => $"The interaction is dated {occurredOn:yyyy-MM-dd}, in the future; to plan one, add a follow-up task.";
}

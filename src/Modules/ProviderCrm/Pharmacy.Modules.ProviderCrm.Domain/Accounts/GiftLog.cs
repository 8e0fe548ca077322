using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Accounts;

public readonly record struct GiftId(Guid Value) : ITypedId<GiftId>
{
    public static GiftId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public enum GiftKind
{
    [DisplayText("Product sample")]
    Sample,

    [DisplayText("Meal")]
    Meal,

    [DisplayText("Gift")]
    Gift,

    [DisplayText("Educational item")]
    Educational,
}

public enum GiftReview
{
    [DisplayText("No review needed")]
    NotNeeded,

    [DisplayText("Awaiting compliance review")]
    Awaiting,

    [DisplayText("Approved")]
    Approved,

    [DisplayText("Rejected")]
    Rejected,
}

/// <summary>
/// A sample or gift given to a provider, with its value. Anything of value to someone who refers prescriptions can be a
/// kickback (the federal Anti-Kickback Statute): a flagged entry waits for a pharmacist's or administrator's signed review.
/// Every gift, and every sample worth <see cref="ReviewThreshold"/> or more, is flagged; anyone can flag one by hand.
/// </summary>
public sealed class GiftLogEntry : AggregateRoot
{
    /// <summary>Samples below this are routine; at or above it someone in compliance looks.</summary>
    public const decimal ReviewThreshold = 10m;

    /// <summary>No entry of the log is worth more than this; a larger figure is a typing error.</summary>
    public const decimal MaxValue = 100_000m;

    private GiftLogEntry()
    {
    }

    public GiftId Id { get; private set; }

    public Guid ProviderId { get; private set; }

    public GiftKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public decimal ValueAmount { get; private set; }

    public Money Value => Money.Dollars(ValueAmount);

    public DateOnly GivenOn { get; private set; }

    /// <summary>Flagged for anti-kickback review, by its kind and value or by the person who logged it.</summary>
    public bool AntiKickbackFlag { get; private set; }

    public GiftReview Review { get; private set; }

    public string LoggedBy { get; private set; } = "";

    public string LoggedById { get; private set; } = "";

    public DateTimeOffset LoggedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewNote { get; private set; }

    public static bool NeedsReview(GiftKind kind, Money value, bool flaggedByHand) =>
        flaggedByHand || kind != GiftKind.Sample || value.Amount >= ReviewThreshold;

    public static GiftLogEntry Log(
        Guid providerId, bool providerExists, GiftKind kind, string description, Money value, DateOnly givenOn, bool flaggedByHand,
        string loggedById, string loggedBy, DateTimeOffset now)
    {
        CheckRule(new Pricing.AccountMustBeRegisteredRule(Pricing.AccountKind.Provider, providerExists));
        CheckRule(new GiftValueMustNotBeNegativeRule(value));
        var flagged = NeedsReview(kind, value, flaggedByHand);
        return new GiftLogEntry
        {
            Id = TypedId.New<GiftId>(),
            ProviderId = providerId,
            Kind = kind,
            Description = description.Trim(),
            ValueAmount = value.Amount,
            GivenOn = givenOn,
            AntiKickbackFlag = flagged,
            Review = flagged ? GiftReview.Awaiting : GiftReview.NotNeeded,
            LoggedById = loggedById,
            LoggedBy = loggedBy,
            LoggedAt = now,
        };
    }

    /// <summary>Approves or rejects a flagged entry, with a note; the reviewer is never the person who logged it.</summary>
    public void Decide(bool approve, string note, string reviewerId, string reviewer, DateTimeOffset now)
    {
        CheckRule(new GiftMustAwaitReviewRule(Review));
        CheckRule(new GiftReviewerMustNotHaveLoggedItRule(LoggedById, reviewerId));
        CheckRule(new GiftReviewMustGiveANoteRule(note));
        Review = approve ? GiftReview.Approved : GiftReview.Rejected;
        ReviewedBy = reviewer;
        ReviewedAt = now;
        ReviewNote = note.Trim();
    }
}

public sealed class GiftValueMustNotBeNegativeRule(Money value) : IBusinessRule
{
    public bool IsBroken() => value.Amount < 0;

    public string Message => "A gift's value is $0.00 or more.";
}

public sealed class GiftMustAwaitReviewRule(GiftReview review) : IBusinessRule
{
    public bool IsBroken() => review != GiftReview.Awaiting;

    public string Message => $"The entry is not awaiting review ({EnumText.InSentence(review)}); nothing was changed.";
}

public sealed class GiftReviewerMustNotHaveLoggedItRule(string loggedById, string reviewerId) : IBusinessRule
{
    public bool IsBroken() => loggedById == reviewerId;

    public string Message => "You logged this entry; another pharmacist or an administrator reviews it.";
}

public sealed class GiftReviewMustGiveANoteRule(string? note) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(note);

    public string Message => "Say why the entry is approved or rejected.";
}

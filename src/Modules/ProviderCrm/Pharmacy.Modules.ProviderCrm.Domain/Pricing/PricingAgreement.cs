using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

/// <summary>
/// What a provider or an organisation pays for a formula between two days: an agreed price per unit or a percentage off
/// the list price. Billing prices each charge with the agreement in force on the day of dispensing. Two agreements for
/// the same account and formula never cover the same day; an agreement is ended or withdrawn, never edited.
/// </summary>
public sealed class PricingAgreement : AggregateRoot
{
    private PricingAgreement()
    {
    }

    public PricingAgreementId Id { get; private set; }

    public AccountKind AccountKind { get; private set; }

    /// <summary>The provider's or the organisation's id.</summary>
    public Guid AccountId { get; private set; }

    public string FormulaCode { get; private set; } = "";

    public PricingTerms Terms { get; private set; }

    /// <summary>The agreed price per dispensing unit in dollars, for <see cref="PricingTerms.PricePerUnit"/>.</summary>
    public decimal? AgreedPricePerUnit { get; private set; }

    public Money? PricePerUnit => AgreedPricePerUnit is { } amount ? Money.Dollars(amount) : null;

    /// <summary>The percentage taken off the list price, for <see cref="PricingTerms.PercentDiscount"/>.</summary>
    public decimal? DiscountPercent { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The last day the agreement is in force; none while it runs until further notice.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    public bool Withdrawn { get; private set; }

    public string? Note { get; private set; }

    public string AgreedBy { get; private set; } = "";

    public DateTimeOffset AgreedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string? ChangeReason { get; private set; }

    /// <summary>Whether the agreement covers any day of the period from <paramref name="from"/> to <paramref name="to"/> (open-ended when null).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) =>
        !Withdrawn && (to is null || EffectiveFrom <= to) && (EffectiveTo is null || from <= EffectiveTo);

    public bool IsInForceOn(DateOnly day) => Overlaps(day, day);

    /// <summary>Agrees terms for an account and formula; <paramref name="others"/> are the account's agreements for that formula.</summary>
    public static PricingAgreement Agree(
        AccountKind accountKind, Guid accountId, bool accountExists, string formulaCode, PricingTerms terms, Money? pricePerUnit,
        decimal? discountPercent, DateOnly effectiveFrom, DateOnly? effectiveTo, string? note, IEnumerable<PricingAgreement> others,
        string agreedBy, DateTimeOffset now)
    {
        CheckRule(new AccountMustBeRegisteredRule(accountKind, accountExists));
        CheckRule(new PricingAgreementMustEndOnOrAfterItStartsRule(effectiveFrom, effectiveTo));
        CheckRule(new PricingTermsMustBeCompleteRule(terms, pricePerUnit, discountPercent));
        var code = formulaCode.Trim().ToUpperInvariant();
        CheckRule(new PricingAgreementsMustNotOverlapRule(code, [.. others.Where(other => other.Overlaps(effectiveFrom, effectiveTo))]));
        var agreement = new PricingAgreement
        {
            Id = TypedId.New<PricingAgreementId>(),
            AccountKind = accountKind,
            AccountId = accountId,
            FormulaCode = code,
            Terms = terms,
            AgreedPricePerUnit = terms == PricingTerms.PricePerUnit ? pricePerUnit?.Amount : null,
            DiscountPercent = terms == PricingTerms.PercentDiscount ? discountPercent : null,
            EffectiveFrom = effectiveFrom,
            EffectiveTo = effectiveTo,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            AgreedBy = agreedBy,
            AgreedAt = now,
            ChangedAt = now,
        };
        agreement.Announce(now);
        return agreement;
    }

    /// <summary>Ends the agreement on a day (its last day in force), from that day on the list price or another agreement applies.</summary>
    public void End(DateOnly lastDay, string reason, DateTimeOffset now)
    {
        CheckRule(new PricingAgreementMustNotBeWithdrawnRule(Withdrawn));
        CheckRule(new PricingChangeMustGiveAReasonRule(reason));
        CheckRule(new PricingAgreementMustEndOnOrAfterItStartsRule(EffectiveFrom, lastDay));
        CheckRule(new PricingAgreementCanOnlyBeShortenedRule(EffectiveTo, lastDay));
        EffectiveTo = lastDay;
        ChangeReason = reason.Trim();
        ChangedAt = now;
        Announce(now);
    }

    /// <summary>Withdraws an agreement made in error: no charge is priced with it from now on.</summary>
    public void Withdraw(string reason, DateTimeOffset now)
    {
        CheckRule(new PricingAgreementMustNotBeWithdrawnRule(Withdrawn));
        CheckRule(new PricingChangeMustGiveAReasonRule(reason));
        Withdrawn = true;
        ChangeReason = reason.Trim();
        ChangedAt = now;
        Announce(now);
    }

    private void Announce(DateTimeOffset now) => Raise(new PricingAgreementChangedDomainEvent(
        Id, AccountKind, AccountId, FormulaCode, Terms, PricePerUnit, DiscountPercent, EffectiveFrom, EffectiveTo, Withdrawn, now));
}

public sealed record PricingAgreementChangedDomainEvent(
    PricingAgreementId AgreementId, AccountKind AccountKind, Guid AccountId, string FormulaCode, PricingTerms Terms, Money? PricePerUnit,
    decimal? DiscountPercent, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Withdrawn, DateTimeOffset OccurredAt) : IDomainEvent;

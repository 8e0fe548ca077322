using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Agreements;

/// <summary>Whom an agreement is with, as the CRM says it.</summary>
public enum AgreementAccount
{
    Provider,
    Organisation,
}

/// <summary>
/// Billing's copy of a pricing agreement the CRM made with a provider or an organisation: an agreed price per unit or a
/// discount off the list price, for one formula, from one day to another. Kept as the CRM announced it last.
/// </summary>
public sealed class AccountAgreement : Entity
{
    private AccountAgreement()
    {
    }

    public Guid AgreementId { get; private set; }

    public AgreementAccount Account { get; private set; }

    public Guid AccountId { get; private set; }

    public string FormulaCode { get; private set; } = "";

    public decimal? PricePerUnit { get; private set; }

    public decimal? DiscountPercent { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    public bool Withdrawn { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public bool IsInForceOn(DateOnly day) => !Withdrawn && EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public static AccountAgreement Record(
        Guid agreementId, AgreementAccount account, Guid accountId, string formulaCode, decimal? pricePerUnit, decimal? discountPercent,
        DateOnly effectiveFrom, DateOnly? effectiveTo, bool withdrawn, DateTimeOffset changedAt)
    {
        var agreement = new AccountAgreement { AgreementId = agreementId, Account = account, AccountId = accountId };
        agreement.Change(formulaCode, pricePerUnit, discountPercent, effectiveFrom, effectiveTo, withdrawn, changedAt);
        return agreement;
    }

    /// <summary>Takes the CRM's later word on the agreement; an older announcement arriving late changes nothing.</summary>
    public void Change(
        string formulaCode, decimal? pricePerUnit, decimal? discountPercent, DateOnly effectiveFrom, DateOnly? effectiveTo, bool withdrawn,
        DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
        {
            return;
        }

        FormulaCode = formulaCode.Trim().ToUpperInvariant();
        PricePerUnit = pricePerUnit;
        DiscountPercent = discountPercent;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Withdrawn = withdrawn;
        ChangedAt = changedAt;
    }

    /// <summary>The price per unit this agreement gives, from the list price when it is a discount; none when it cannot price.</summary>
    public Money? PriceGiven(ListPrice? listPrice) =>
        PricePerUnit is { } agreed ? Money.Dollars(agreed)
        : DiscountPercent is { } discount && listPrice is not null
            ? new Money(decimal.Round(listPrice.PerUnit.Amount * (100 - discount) / 100, 4, MidpointRounding.AwayFromZero), listPrice.PerUnit.Currency)
            : null;
}

/// <summary>An organisation a provider practises at, as the CRM announced it: its agreements apply to the provider's fills.</summary>
public sealed class ProviderOrganisation
{
    private ProviderOrganisation()
    {
    }

    public ProviderOrganisation(Guid providerId, Guid organisationId)
    {
        ProviderId = providerId;
        OrganisationId = organisationId;
    }

    public Guid ProviderId { get; private set; }

    public Guid OrganisationId { get; private set; }
}

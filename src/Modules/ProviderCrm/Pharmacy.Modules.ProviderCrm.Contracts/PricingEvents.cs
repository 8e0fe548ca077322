using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.ProviderCrm.Contracts;

/// <summary>
/// A pricing agreement was made, ended or withdrawn: what a provider or an organisation (<c>AccountKind</c> Provider or
/// Organisation) pays for a formula from <c>EffectiveFrom</c> to <c>EffectiveTo</c> (open-ended when null), either an agreed
/// <c>PricePerUnit</c> (Terms PricePerUnit) or a <c>DiscountPercent</c> off the list price (Terms PercentDiscount). A withdrawn
/// agreement prices nothing. Agreements for one account and formula never cover the same day.
/// </summary>
public sealed record PricingAgreementChanged(
    Guid AgreementId, string AccountKind, Guid AccountId, string FormulaCode, string Terms, decimal? PricePerUnit, string Currency,
    decimal? DiscountPercent, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Withdrawn, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The organisations a provider practises at changed: every one of them now.</summary>
public sealed record ProviderOrganisationsChanged(Guid ProviderId, IReadOnlyList<Guid> OrganisationIds, DateTimeOffset OccurredAt) : IIntegrationEvent;

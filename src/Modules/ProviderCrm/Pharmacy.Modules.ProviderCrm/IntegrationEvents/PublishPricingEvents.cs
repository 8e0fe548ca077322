using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.IntegrationEvents;

/// <summary>Tells Billing about pricing agreements and about where each provider practises, in the same transaction.</summary>
internal sealed class PublishPricingEvents(ProviderCrmDbContext db) :
    IDomainEventHandler<PricingAgreementChangedDomainEvent>,
    IDomainEventHandler<ProviderOrganisationsChangedDomainEvent>
{
    public ValueTask Handle(PricingAgreementChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PricingAgreementChanged(
            domainEvent.AgreementId.Value, domainEvent.AccountKind.ToString(), domainEvent.AccountId, domainEvent.FormulaCode,
            domainEvent.Terms.ToString(), domainEvent.PricePerUnit?.Amount, domainEvent.PricePerUnit?.Currency ?? Money.Usd,
            domainEvent.DiscountPercent, domainEvent.EffectiveFrom, domainEvent.EffectiveTo, domainEvent.Withdrawn, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ProviderOrganisationsChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new ProviderOrganisationsChanged(domainEvent.ProviderId.Value, domainEvent.OrganisationIds, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

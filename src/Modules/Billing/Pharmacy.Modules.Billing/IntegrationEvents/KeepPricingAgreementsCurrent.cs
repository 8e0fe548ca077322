using Mediator;
using Pharmacy.Modules.Billing.Features.RecordPricingAgreement;
using Pharmacy.Modules.Billing.Features.RecordProviderOrganisations;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Billing.IntegrationEvents;

/// <summary>Keeps Billing's copy of the CRM's pricing agreements current, so that charges are priced by them.</summary>
public static class KeepPricingAgreementsCurrent
{
    public static Task Handle(
        PricingAgreementChanged message, Envelope envelope, Inbox<BillingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(KeepPricingAgreementsCurrent), message, envelope,
            async ct => await sender.Send(RecordPricingAgreement.From(message), ct), cancellationToken);
}

/// <summary>Keeps the organisations of each provider current, for their organisations' pricing agreements.</summary>
public static class KeepProviderOrganisationsCurrent
{
    public static Task Handle(
        ProviderOrganisationsChanged message, Envelope envelope, Inbox<BillingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(KeepProviderOrganisationsCurrent), message, envelope,
            async ct => await sender.Send(new RecordProviderOrganisations(message.ProviderId, message.OrganisationIds), ct), cancellationToken);
}

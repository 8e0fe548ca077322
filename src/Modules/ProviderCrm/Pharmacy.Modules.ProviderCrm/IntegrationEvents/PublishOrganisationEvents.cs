using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.ProviderCrm.IntegrationEvents;

/// <summary>Tells the other modules about an organisation's details, through the CRM outbox, in the same transaction.</summary>
internal sealed class PublishOrganisationEvents(ProviderCrmDbContext db) : IDomainEventHandler<OrganisationChangedDomainEvent>
{
    public ValueTask Handle(OrganisationChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var address = domainEvent.Address;
        db.AddIntegrationEvent(new OrganisationChanged(
            domainEvent.OrganisationId.Value, domainEvent.Name, domainEvent.Kind.ToString(), address.Line1, address.Line2, address.City,
            address.State, address.Zip, domainEvent.Phone, domainEvent.Email, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

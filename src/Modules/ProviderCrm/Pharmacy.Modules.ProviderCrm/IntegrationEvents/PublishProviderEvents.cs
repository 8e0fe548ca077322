using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.ProviderCrm.IntegrationEvents;

/// <summary>Tells the other modules about a provider's status, through the CRM outbox, in the same transaction.</summary>
internal sealed class PublishProviderEvents(ProviderCrmDbContext db) :
    IDomainEventHandler<ProviderRegisteredDomainEvent>,
    IDomainEventHandler<ProviderActivatedDomainEvent>,
    IDomainEventHandler<ProviderSuspendedDomainEvent>
{
    public ValueTask Handle(ProviderRegisteredDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new ProviderRegistered(domainEvent.ProviderId.Value, domainEvent.Npi, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ProviderActivatedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new ProviderActivated(
            domainEvent.ProviderId.Value, domainEvent.Npi, domainEvent.FirstName, domainEvent.LastName,
            domainEvent.Credential.ToString(), domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ProviderSuspendedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new ProviderSuspended(domainEvent.ProviderId.Value, domainEvent.Npi, domainEvent.Reason, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.ProviderCrm.IntegrationEvents;

/// <summary>
/// Tells the other modules about a provider's status, licences and DEA registrations, through the CRM outbox, in the same
/// transaction. Licences and registrations reach here only after the aggregate has checked them (state code, expiry,
/// DEA check digit and last-name letter, schedules), so a consumer can rely on them as they are.
/// </summary>
internal sealed class PublishProviderEvents(ProviderCrmDbContext db) :
    IDomainEventHandler<ProviderRegisteredDomainEvent>,
    IDomainEventHandler<ProviderActivatedDomainEvent>,
    IDomainEventHandler<ProviderSuspendedDomainEvent>,
    IDomainEventHandler<ProviderLicencesChangedDomainEvent>,
    IDomainEventHandler<ProviderDeaRegistrationsChangedDomainEvent>
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

    public ValueTask Handle(ProviderLicencesChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new ProviderLicenceChanged(
            domainEvent.ProviderId.Value, domainEvent.Npi,
            [.. domainEvent.Licences.Select(licence => new ProviderLicence(licence.State, licence.Number, licence.ExpiresOn))],
            domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ProviderDeaRegistrationsChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new DeaRegistrationChanged(
            domainEvent.ProviderId.Value, domainEvent.Npi,
            [.. domainEvent.Registrations.Select(registration => new ProviderDeaRegistration(registration.Number, registration.Schedules, registration.ExpiresOn))],
            domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed record ProviderRegisteredDomainEvent(ProviderId ProviderId, string Npi, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ProviderActivatedDomainEvent(
    ProviderId ProviderId, string Npi, string FirstName, string LastName, Credential Credential, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ProviderSuspendedDomainEvent(ProviderId ProviderId, string Npi, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The provider's licences after a change: every one they hold, validated.</summary>
public sealed record ProviderLicencesChangedDomainEvent(
    ProviderId ProviderId, string Npi, IReadOnlyList<LicenceSnapshot> Licences, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The provider's DEA registrations after a change: every one they hold, validated.</summary>
public sealed record ProviderDeaRegistrationsChangedDomainEvent(
    ProviderId ProviderId, string Npi, IReadOnlyList<DeaSnapshot> Registrations, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record LicenceSnapshot(string State, string Number, DateOnly ExpiresOn)
{
    public static LicenceSnapshot Of(StateLicence licence) => new(licence.State, licence.Number, licence.ExpiresOn);
}

public sealed record DeaSnapshot(string Number, IReadOnlyList<string> Schedules, DateOnly ExpiresOn)
{
    public static DeaSnapshot Of(DeaRegistration registration) => new(registration.Number, registration.ScheduleList, registration.ExpiresOn);
}

/// <summary>The organisations the provider practises at after a change: all of them.</summary>
public sealed record ProviderOrganisationsChangedDomainEvent(ProviderId ProviderId, IReadOnlyList<Guid> OrganisationIds, DateTimeOffset OccurredAt) : IDomainEvent;

using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.ProviderCrm.Contracts;

/// <summary>A prescriber was registered and is being onboarded; not yet allowed to prescribe.</summary>
public sealed record ProviderRegistered(Guid ProviderId, string Npi, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A prescriber became active: the pharmacy now accepts their prescriptions.</summary>
public sealed record ProviderActivated(
    Guid ProviderId, string Npi, string FirstName, string LastName, string Credential, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A prescriber was suspended: new prescriptions from them are refused until they are active again.</summary>
public sealed record ProviderSuspended(Guid ProviderId, string Npi, string Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A prescriber's state licences changed: every licence they now hold, each from one of the 50 states or DC, with its
/// number and expiry date. A licence missing from the list is no longer held.
/// </summary>
public sealed record ProviderLicenceChanged(Guid ProviderId, string Npi, IReadOnlyList<ProviderLicence> Licences, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

public sealed record ProviderLicence(string State, string Number, DateOnly ExpiresOn);

/// <summary>
/// A prescriber's DEA registrations changed: every registration they now hold, each with a checked number (check digit
/// and last-name letter), the schedules it covers ("2", "2N", "3", "3N", "4", "5") and its expiry date.
/// </summary>
public sealed record DeaRegistrationChanged(Guid ProviderId, string Npi, IReadOnlyList<ProviderDeaRegistration> Registrations, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

public sealed record ProviderDeaRegistration(string Number, IReadOnlyList<string> Schedules, DateOnly ExpiresOn);

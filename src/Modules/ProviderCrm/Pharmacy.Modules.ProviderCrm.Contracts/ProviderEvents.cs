using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.ProviderCrm.Contracts;

/// <summary>A prescriber was registered and is being onboarded; not yet allowed to prescribe.</summary>
public sealed record ProviderRegistered(Guid ProviderId, string Npi, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A prescriber became active: the pharmacy now accepts their prescriptions.</summary>
public sealed record ProviderActivated(
    Guid ProviderId, string Npi, string FirstName, string LastName, string Credential, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A prescriber was suspended: new prescriptions from them are refused until they are active again.</summary>
public sealed record ProviderSuspended(Guid ProviderId, string Npi, string Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

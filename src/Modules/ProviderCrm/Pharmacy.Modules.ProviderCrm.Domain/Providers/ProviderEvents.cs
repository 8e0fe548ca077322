using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed record ProviderRegisteredDomainEvent(ProviderId ProviderId, string Npi, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ProviderActivatedDomainEvent(
    ProviderId ProviderId, string Npi, string FirstName, string LastName, Credential Credential, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ProviderSuspendedDomainEvent(ProviderId ProviderId, string Npi, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

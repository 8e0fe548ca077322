using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

public sealed record OrganisationChangedDomainEvent(
    OrganisationId OrganisationId, string Name, OrganisationKind Kind, Address Address, string Phone, string? Email, DateTimeOffset OccurredAt)
    : IDomainEvent;

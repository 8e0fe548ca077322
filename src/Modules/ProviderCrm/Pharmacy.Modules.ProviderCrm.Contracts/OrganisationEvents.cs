using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.ProviderCrm.Contracts;

/// <summary>An organisation was registered or its details changed: its name, kind (Clinic, TelehealthPartner, VeterinaryPractice) and where it is.</summary>
public sealed record OrganisationChanged(
    Guid OrganisationId, string Name, string Kind, string AddressLine1, string? AddressLine2, string City, string State, string Zip,
    string Phone, string? Email, DateTimeOffset OccurredAt) : IIntegrationEvent;

using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Prescriptions.Contracts;

/// <summary>A prescription was accepted and waits for pharmacist verification. Carries no patient data.</summary>
public sealed record PrescriptionReceived(
    Guid PrescriptionId, long RxNumber, Guid PrescriberId, string FormulaCode, string Channel, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A pharmacist verified the prescription with an electronic signature.</summary>
public sealed record PrescriptionVerified(Guid PrescriptionId, long RxNumber, string VerifiedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A prescription a partner organisation sent moved on: its status, the question the pharmacy asks, each fill's progress,
/// beyond-use date and shipment, as the change left them. Published only for prescriptions that carry an organisation,
/// for the sender's portal; the latest one describes the prescription. Carries no patient data.
/// </summary>
public sealed record PrescriptionProgressed(
    Guid PrescriptionId, long RxNumber, Guid OrganisationId, string Channel, string? ExternalId, string Status,
    string? ClarificationQuestion, string? ClarificationAnswer, string? HoldReason, IReadOnlyList<FillProgress> Fills,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed record FillProgress(
    int Number, decimal Quantity, string Status, DateTimeOffset? BeyondUseDate, string? Method, string? Carrier, string? TrackingNumber,
    DateTimeOffset? DispensedAt);

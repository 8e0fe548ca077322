using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Prescriptions.Contracts;

/// <summary>A prescription was accepted and waits for pharmacist verification. Carries no patient data.</summary>
public sealed record PrescriptionReceived(
    Guid PrescriptionId, long RxNumber, Guid PrescriberId, string FormulaCode, string Channel, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A pharmacist verified the prescription with an electronic signature.</summary>
public sealed record PrescriptionVerified(Guid PrescriptionId, long RxNumber, string VerifiedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A pharmacist ended the prescription for good, with the reason; each fill not yet handed out has its own FillCancelled.</summary>
public sealed record PrescriptionCancelled(Guid PrescriptionId, long RxNumber, string Reason, string CancelledBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A prescription a partner organisation sent moved on: its status, the question the pharmacy asks, each fill's progress,
/// beyond-use date and shipment, as the change left them. Published only for prescriptions that carry an organisation,
/// for the sender's portal; the latest one describes the prescription. Carries no patient data.
/// </summary>
/// <param name="RefillRequestStatus">
/// The clinic's latest refill request that the rules refused on arrival: Pending (a pharmacist decides), Approved or
/// Declined; null when none was kept. A request the rules allowed is simply the new fill.
/// </param>
/// <param name="RefillRequestNote">Why the request waits (the rule's message), or the pharmacist's reason to decline it.</param>
public sealed record PrescriptionProgressed(
    Guid PrescriptionId, long RxNumber, Guid OrganisationId, string Channel, string? ExternalId, string Status,
    string? ClarificationQuestion, string? ClarificationAnswer, string? HoldReason, IReadOnlyList<FillProgress> Fills,
    DateTimeOffset OccurredAt, int? RefillsRemaining = null, string? RefillRequestStatus = null, string? RefillRequestNote = null) : IIntegrationEvent;

public sealed record FillProgress(
    int Number, decimal Quantity, string Status, DateTimeOffset? BeyondUseDate, string? Method, string? Carrier, string? TrackingNumber,
    DateTimeOffset? DispensedAt);

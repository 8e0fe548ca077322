using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Prescriptions.Contracts;

/// <summary>A prescription was accepted and waits for pharmacist verification. Carries no patient data.</summary>
public sealed record PrescriptionReceived(
    Guid PrescriptionId, long RxNumber, Guid PrescriberId, string FormulaCode, string Channel, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A pharmacist verified the prescription with an electronic signature.</summary>
public sealed record PrescriptionVerified(Guid PrescriptionId, long RxNumber, string VerifiedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

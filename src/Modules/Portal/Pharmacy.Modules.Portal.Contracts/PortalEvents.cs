using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Portal.Contracts;

/// <summary>
/// A clinic placed an order on the portal: Prescriptions receives it as a prescription of that organisation, once, with
/// the order id as the sender's id. It carries the patient's details because intake needs them (kept in the outbox,
/// never logged).
/// </summary>
public sealed record PortalOrderPlaced(
    Guid OrderId, long OrderNumber, Guid OrganisationId, string PrescriberNpi, string PatientFirstName, string PatientLastName,
    DateOnly PatientDateOfBirth, string PatientSex, string PatientState, string FormulaCode, decimal Quantity, string Directions, int DaysSupply,
    int Refills, DateOnly WrittenOn, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>An order the clinic follows has news (status, question, BUD or shipment). Names the order, never the patient.</summary>
public sealed record PortalOrderUpdated(Guid OrderId, long OrderNumber, Guid OrganisationId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The clinic answered the pharmacy's question about the prescription of an order; the answer goes on the prescription.</summary>
public sealed record PortalClarificationAnswered(
    Guid OrderId, Guid PrescriptionId, string Answer, string AnsweredBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A clinic asked, on the portal, for a refill of an order's prescription, after <c>IRefillCheck</c> said it had one to give:
/// Prescriptions makes the refill a new fill, or, when the rules no longer allow it (too soon, since), keeps the request
/// for a pharmacist to decide. Carries no patient data.
/// </summary>
public sealed record PortalRefillRequested(Guid OrderId, Guid PrescriptionId, Guid OrganisationId, string RequestedBy, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders;

public sealed record PortalOrderPlacedDomainEvent(PortalOrder Order, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Something the clinic follows changed (status, question, BUD, shipment): the clinic is told, in <see cref="News"/>, without any patient data.</summary>
public sealed record PortalOrderUpdatedDomainEvent(PortalOrderId OrderId, long Number, Guid OrganisationId, string News, DateTimeOffset OccurredAt)
    : IDomainEvent;

public sealed record PortalOrderAnsweredDomainEvent(PortalOrderId OrderId, Guid PrescriptionId, string Answer, string AnsweredBy, DateTimeOffset OccurredAt)
    : IDomainEvent;

public sealed record PortalOrderRefillRequestedDomainEvent(
    PortalOrderId OrderId, Guid PrescriptionId, Guid OrganisationId, string RequestedBy, DateTimeOffset OccurredAt) : IDomainEvent;

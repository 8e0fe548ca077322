using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders;

public sealed record PortalOrderPlacedDomainEvent(PortalOrder Order, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PortalOrderAnsweredDomainEvent(PortalOrderId OrderId, Guid PrescriptionId, string Answer, string AnsweredBy, DateTimeOffset OccurredAt)
    : IDomainEvent;

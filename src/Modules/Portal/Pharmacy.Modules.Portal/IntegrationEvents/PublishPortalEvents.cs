using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Portal.IntegrationEvents;

/// <summary>Tells the pharmacy what a clinic did on the portal, through this module's outbox, in the same transaction.</summary>
internal sealed class PublishPortalEvents(PortalDbContext db) :
    IDomainEventHandler<PortalOrderPlacedDomainEvent>,
    IDomainEventHandler<PortalOrderAnsweredDomainEvent>,
    IDomainEventHandler<PortalOrderUpdatedDomainEvent>
{
    public ValueTask Handle(PortalOrderUpdatedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PortalOrderUpdated(domainEvent.OrderId.Value, domainEvent.Number, domainEvent.OrganisationId, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PortalOrderPlacedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var o = domainEvent.Order;
        db.AddIntegrationEvent(new PortalOrderPlaced(
            o.Id.Value, o.Number, o.OrganisationId!.Value, o.PrescriberNpi, o.PatientFirstName, o.PatientLastName, o.PatientDateOfBirth, o.PatientSex,
            o.PatientState, o.FormulaCode, o.QuantityAmount, o.Directions, o.DaysSupply, o.Refills, DateOnly.FromDateTime(o.PlacedAt.UtcDateTime),
            domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PortalOrderAnsweredDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PortalClarificationAnswered(
            domainEvent.OrderId.Value, domainEvent.PrescriptionId, domainEvent.Answer, domainEvent.AnsweredBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

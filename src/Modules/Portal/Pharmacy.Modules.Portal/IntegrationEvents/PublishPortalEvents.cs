using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Domain.Notifications;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Portal.IntegrationEvents;

/// <summary>
/// Tells the pharmacy what a clinic did on the portal, through this module's outbox, in the same transaction; and tells the
/// clinic, in its notifications and by e-mail, what the pharmacy did about its orders.
/// </summary>
internal sealed class PublishPortalEvents(PortalDbContext db) :
    IDomainEventHandler<PortalOrderPlacedDomainEvent>,
    IDomainEventHandler<PortalOrderAnsweredDomainEvent>,
    IDomainEventHandler<PortalOrderUpdatedDomainEvent>,
    IDomainEventHandler<OrderMessageWrittenDomainEvent>,
    IDomainEventHandler<PortalOrderRefillRequestedDomainEvent>
{
    public ValueTask Handle(PortalOrderRefillRequestedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PortalRefillRequested(
            domainEvent.OrderId.Value, domainEvent.PrescriptionId, domainEvent.OrganisationId, domainEvent.RequestedBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PortalOrderUpdatedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        TellClinic(domainEvent.OrderId, domainEvent.Number, domainEvent.OrganisationId, domainEvent.News, domainEvent.OccurredAt);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(OrderMessageWrittenDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        // The clinic's own messages wait in the pharmacy's inbox; the pharmacy's are news for the clinic.
        if (domainEvent.From == MessageSide.Pharmacy)
        {
            TellClinic(
                domainEvent.OrderId, domainEvent.OrderNumber, domainEvent.OrganisationId,
                $"The pharmacy wrote a message about order {domainEvent.OrderNumber}.", domainEvent.OccurredAt);
        }

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

    private void TellClinic(PortalOrderId orderId, long orderNumber, Guid organisationId, string news, DateTimeOffset at)
    {
        db.Notifications.Add(PortalNotification.About(orderId, orderNumber, organisationId, news, at));
        db.AddIntegrationEvent(new PortalOrderUpdated(orderId.Value, orderNumber, organisationId, at));
    }
}

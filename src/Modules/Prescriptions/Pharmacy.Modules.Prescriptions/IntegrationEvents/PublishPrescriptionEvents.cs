using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Tells the other modules what happened to a prescription, through this module's outbox, in the same transaction.</summary>
internal sealed class PublishPrescriptionEvents(PrescriptionsDbContext db) :
    IDomainEventHandler<PrescriptionReceivedDomainEvent>,
    IDomainEventHandler<PrescriptionVerifiedDomainEvent>,
    IDomainEventHandler<FillRequestedDomainEvent>,
    IDomainEventHandler<FillDispensedDomainEvent>
{
    public ValueTask Handle(PrescriptionReceivedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PrescriptionReceived(
            domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.PrescriberId, domainEvent.FormulaCode,
            domainEvent.Channel.ToString(), domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PrescriptionVerifiedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PrescriptionVerified(
            domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.VerifiedBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(FillRequestedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FillRequested(
            domainEvent.FillId.Value, domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.FillNumber, domainEvent.FormulaCode,
            domainEvent.Quantity, domainEvent.DaysSupply, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(FillDispensedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FillDispensed(
            domainEvent.FillId.Value, domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.FormulaCode, domainEvent.Quantity,
            domainEvent.BatchId, domainEvent.Method.ToString(), domainEvent.Carrier, domainEvent.TrackingNumber, domainEvent.PrescriberId,
            domainEvent.PatientName, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

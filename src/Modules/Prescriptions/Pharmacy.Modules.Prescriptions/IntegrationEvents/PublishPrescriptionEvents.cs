using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Tells the other modules what happened to a prescription, through this module's outbox, in the same transaction.</summary>
internal sealed class PublishPrescriptionEvents(PrescriptionsDbContext db, TimeProvider clock) :
    IDomainEventHandler<PrescriptionReceivedDomainEvent>,
    IDomainEventHandler<PrescriptionVerifiedDomainEvent>,
    IDomainEventHandler<FillRequestedDomainEvent>,
    IDomainEventHandler<FillCheckedDomainEvent>,
    IDomainEventHandler<FillDispensedDomainEvent>,
    IDomainEventHandler<FillCancelledDomainEvent>,
    IDomainEventHandler<PrescriptionCancelledDomainEvent>,
    IDomainEventHandler<PrescriptionProgressedDomainEvent>
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

    public ValueTask Handle(FillCheckedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FillChecked(
            domainEvent.FillId.Value, domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.FillNumber, domainEvent.CheckedBy,
            domainEvent.OccurredAt));
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

    public ValueTask Handle(FillCancelledDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FillCancelled(
            domainEvent.FillId.Value, domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.FillNumber, domainEvent.BatchId,
            domainEvent.Reason, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PrescriptionCancelledDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PrescriptionCancelled(
            domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.Reason, domainEvent.CancelledBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(PrescriptionProgressedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var p = domainEvent.Prescription;
        if (p.OrganisationId is { } organisation)
        {
            db.AddIntegrationEvent(new PrescriptionProgressed(
                p.Id.Value, p.RxNumber, organisation, p.Channel.ToString(), p.ExternalId, p.Status.ToString(),
                p.ClarificationQuestion, p.ClarificationAnswer, p.HoldReason,
                p.Fills.OrderBy(f => f.Number)
                    .Select(f => new FillProgress(f.Number, f.Quantity, f.Status.ToString(), f.BeyondUseDate, f.Method?.ToString(), f.Carrier, f.TrackingNumber, f.DispensedAt))
                    .ToList(),
                clock.GetUtcNow(),
                p.RefillsRemaining,
                p.RefillRequestStatus?.ToString(),
                p.RefillRequestStatus == RefillRequestStatus.Declined ? p.RefillRequestDecisionReason : p.RefillRequestRefusal));
        }

        return ValueTask.CompletedTask;
    }
}

using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Quality.IntegrationEvents;

/// <summary>Tells Compounding, Inventory and Prescriptions about a release decision, through the Quality outbox, in the same transaction.</summary>
internal sealed class PublishReleaseEvents(QualityDbContext db) :
    IDomainEventHandler<BatchReleasedDomainEvent>,
    IDomainEventHandler<BatchRejectedDomainEvent>
{
    public ValueTask Handle(BatchReleasedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchReleased(
            domainEvent.BatchId, domainEvent.BatchNumber, domainEvent.FillIds, domainEvent.ReleasedBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(BatchRejectedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchRejected(
            domainEvent.BatchId, domainEvent.BatchNumber, domainEvent.FillIds, domainEvent.Reason, domainEvent.RejectedBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

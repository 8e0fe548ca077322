using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

internal sealed class PublishPrescriptionEvents(PrescriptionsDbContext db) : IDomainEventHandler<PrescriptionReceivedDomainEvent>
{
    public ValueTask Handle(PrescriptionReceivedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new PrescriptionReceived(
            domainEvent.PrescriptionId.Value, domainEvent.RxNumber, domainEvent.PrescriberId, domainEvent.FormulaCode,
            domainEvent.Channel.ToString(), domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>Tells the other modules which formulas may be prescribed, through the Compounding outbox, in the same transaction.</summary>
internal sealed class PublishFormulaEvents(CompoundingDbContext db)
    : IDomainEventHandler<FormulaApprovedDomainEvent>, IDomainEventHandler<FormulaWithdrawnDomainEvent>
{
    public ValueTask Handle(FormulaApprovedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FormulaApproved(
            domainEvent.Code, domainEvent.VersionNumber, domainEvent.Name, domainEvent.DosageForm.ToString(), domainEvent.Unit,
            DosageForms.IsCountedInWholeUnits(domainEvent.DosageForm), domainEvent.Storage.ToString(), domainEvent.ControlledSchedule,
            domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(FormulaWithdrawnDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FormulaWithdrawn(domainEvent.Code, domainEvent.VersionNumber, domainEvent.Reason, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.DomainEvents;

/// <summary>
/// Reacts to a domain event inside the transaction of the command that raised it: typically turns it into an
/// integration event in the module's outbox, or updates one of the module's own read models.
/// </summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    ValueTask Handle(TEvent domainEvent, CancellationToken cancellationToken);
}

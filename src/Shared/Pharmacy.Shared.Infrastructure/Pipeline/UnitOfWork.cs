using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// What a command changed, saved together: the aggregates, what their domain events lead to (outbox rows, read
/// models) and the audit rows, in one SaveChanges, which is one short transaction. The unit of work behaviour saves
/// after the handler; a handler that must answer from the outcome of the write (the same sender's id received twice
/// at once) saves here itself, and the behaviour then finds nothing left to save.
/// </summary>
public sealed class UnitOfWork(DomainEventDispatcher domainEvents)
{
    public async Task SaveAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        await domainEvents.DispatchAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

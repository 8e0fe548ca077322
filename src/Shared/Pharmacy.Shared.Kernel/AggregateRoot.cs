namespace Pharmacy.Shared.Kernel;

/// <summary>
/// The consistency boundary of a module's write model. It records what happened as domain events;
/// the module's persistence turns them into integration events in the same transaction.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Optimistic concurrency token, bumped by persistence on every save of a changed aggregate.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    public void IncrementVersion() => Version++;
}

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

    /// <summary>
    /// Raises an event that carries the whole of something as it now stands (every licence held, not the one added):
    /// one still waiting to be saved says less and is replaced, so that one save tells the other modules once and
    /// they never see the half-way states of a change made in several steps.
    /// </summary>
    protected void RaiseSnapshot<TEvent>(TEvent domainEvent)
        where TEvent : IDomainEvent
    {
        _domainEvents.RemoveAll(pending => pending is TEvent);
        _domainEvents.Add(domainEvent);
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    public void IncrementVersion() => Version++;
}

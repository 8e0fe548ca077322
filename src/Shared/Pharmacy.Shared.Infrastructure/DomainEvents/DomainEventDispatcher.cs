using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.DomainEvents;

/// <summary>
/// Hands the domain events of every changed aggregate to the module's domain event handlers, before the
/// unit of work saves. Handlers may change more aggregates and so raise more events; those are dispatched too.
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private const int MaxRounds = 10;
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>> Invokers = new();

    public async Task DispatchAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var raised = db.ChangeTracker.Entries<AggregateRoot>()
                .Select(entry => entry.Entity)
                .Where(aggregate => aggregate.DomainEvents.Count > 0)
                .ToList();
            if (raised.Count == 0)
            {
                return;
            }

            var events = raised.SelectMany(aggregate => aggregate.DomainEvents).ToList();
            raised.ForEach(aggregate => aggregate.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                var invoke = Invokers.GetOrAdd(domainEvent.GetType(), BuildInvoker);
                await invoke(services, domainEvent, cancellationToken);
            }
        }

        throw new InvalidOperationException($"Domain events were still being raised after {MaxRounds} rounds; a handler loops.");
    }

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask> BuildInvoker(Type eventType) =>
        (Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>)typeof(DomainEventDispatcher)
            .GetMethod(nameof(InvokeHandlers), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate(typeof(Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>));

    private static async ValueTask InvokeHandlers<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.Handle((TEvent)domainEvent, cancellationToken);
        }
    }
}

using System.Reflection;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// Which handlers of which modules receive each integration event. Found by the same convention Wolverine uses to
/// discover handlers (public classes named *Handler with a Handle method), so the relay knows whose answers to
/// wait for before it marks a message processed.
/// </summary>
public sealed class IntegrationHandlerCatalog
{
    private static readonly string[] HandlerMethodNames = ["Handle", "HandleAsync", "Consume", "ConsumeAsync"];
    private readonly Dictionary<Type, IReadOnlyList<string>> _handlersByEvent;

    public IntegrationHandlerCatalog(IEnumerable<Assembly> moduleAssemblies)
    {
        _handlersByEvent = moduleAssemblies
            .Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } || type is { IsAbstract: true, IsSealed: true })
            .Where(type => type.Name.EndsWith("Handler", StringComparison.Ordinal))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(method => HandlerMethodNames.Contains(method.Name))
                .Select(method => method.GetParameters().FirstOrDefault()?.ParameterType)
                .Where(eventType => eventType is not null && typeof(IIntegrationEvent).IsAssignableFrom(eventType))
                .Select(eventType => (EventType: eventType!, Handler: HandlerName(type))))
            .GroupBy(pair => pair.EventType)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.Select(pair => pair.Handler).Distinct().ToList());
    }

    public static string HandlerName(Type handlerType) => handlerType.FullName!;

    public IReadOnlyList<string> HandlersFor(Type eventType) =>
        _handlersByEvent.TryGetValue(eventType, out var handlers) ? handlers : [];

    public IReadOnlyDictionary<Type, IReadOnlyList<string>> All => _handlersByEvent;
}

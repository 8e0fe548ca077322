using System.Reflection;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// Which handlers of which modules receive each integration event, so the relay knows whose answers to wait for
/// before it marks a message processed. A module's inbound handler is a public static class in its IntegrationEvents
/// folder, named for what it does (<c>PlanBatchForRequestedFill</c>), with a Handle method; Wolverine is given exactly
/// these types (<see cref="WolverineSetup"/>), besides the ones its own convention finds (public classes named
/// *Handler, which only test fixtures use).
/// </summary>
public sealed class IntegrationHandlerCatalog
{
    private static readonly string[] HandlerMethodNames = ["Handle", "HandleAsync", "Consume", "ConsumeAsync"];
    private readonly Dictionary<Type, IReadOnlyList<string>> _handlersByEvent;
    private readonly Dictionary<string, string> _moduleByHandler;

    public IntegrationHandlerCatalog(IEnumerable<Assembly> moduleAssemblies)
    {
        var handlerTypes = moduleAssemblies
            .Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => IsInboundHandler(type) || IsHandlerByWolverinesConvention(type))
            .ToList();
        _moduleByHandler = handlerTypes.ToDictionary(HandlerName, type => type.Assembly.GetName().Name!);
        _handlersByEvent = handlerTypes
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(method => HandlerMethodNames.Contains(method.Name))
                .Select(method => method.GetParameters().FirstOrDefault()?.ParameterType)
                .Where(eventType => eventType is not null && typeof(IIntegrationEvent).IsAssignableFrom(eventType))
                .Select(eventType => (EventType: eventType!, Handler: HandlerName(type))))
            .GroupBy(pair => pair.EventType)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.Select(pair => pair.Handler).Distinct().ToList());
    }

    public static string HandlerName(Type handlerType) => handlerType.FullName!;

    /// <summary>A public static class in a module's IntegrationEvents namespace with a public static Handle method.</summary>
    public static bool IsInboundHandler(Type type) =>
        type is { IsPublic: true, IsAbstract: true, IsSealed: true }
        && type.Namespace?.EndsWith(".IntegrationEvents", StringComparison.Ordinal) == true
        && type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(method => HandlerMethodNames.Contains(method.Name));

    /// <summary>The module assemblies' inbound handlers, for Wolverine to include by type.</summary>
    public static IEnumerable<Type> InboundHandlersOf(IEnumerable<Assembly> moduleAssemblies) =>
        moduleAssemblies.Distinct().SelectMany(assembly => assembly.GetExportedTypes()).Where(IsInboundHandler);

    private static bool IsHandlerByWolverinesConvention(Type type) =>
        (type is { IsClass: true, IsAbstract: false } || type is { IsAbstract: true, IsSealed: true })
        && type.Name.EndsWith("Handler", StringComparison.Ordinal);

    public IReadOnlyList<string> HandlersFor(Type eventType) =>
        _handlersByEvent.TryGetValue(eventType, out var handlers) ? handlers : [];

    /// <summary>The module (its assembly) a handler belongs to: the handlers of one module share its data.</summary>
    public string ModuleOf(string handler) => _moduleByHandler.TryGetValue(handler, out var module) ? module : handler;

    public IReadOnlyDictionary<Type, IReadOnlyList<string>> All => _handlersByEvent;
}

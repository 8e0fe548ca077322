using ArchUnitNET.Domain;
using Mediator;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class HandlerRules
{
    private static readonly HashSet<string> MediatorHandlerInterfaces =
    [
        typeof(ICommandHandler<>).FullName!,
        typeof(ICommandHandler<,>).FullName!,
        typeof(IQueryHandler<,>).FullName!,
    ];

    /// <summary>Mediator command and query handlers are sealed and named *Handler.</summary>
    public static RuleResult MediatorHandlers(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Classes().That().ResideInNamespaceMatching(layout.AnyModule)
                .And().FollowCustomPredicate(IsMediatorHandler, "implement a Mediator command or query handler")
                .Should().HaveNameEndingWith("Handler").AndShould().BeSealed()
                .Because("a use case has one handler, found by name, and nothing specialises it"),
            architecture);

    /// <summary>Wolverine integration-event handlers (public *Handler classes in a module's IntegrationEvents) are sealed.</summary>
    public static RuleResult IntegrationEventHandlersAreSealed(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Classes().That().ResideInNamespaceMatching(layout.AnyIntegrationEvents).And().ArePublic().And().HaveNameEndingWith("Handler")
                // ArchUnitNET reads "sealed" from IL, where a static class is abstract and sealed: static handlers pass,
                // as they should (the fixture keeps a static one to pin this).
                .Should().BeSealed()
                .Because("Wolverine discovers handlers by name; a subclass would be a second, hidden handler"),
            architecture);

    /// <summary>No module depends on another module's integration-event handlers (rule 5: they are the module's inbox).</summary>
    public static RuleResult IntegrationEventHandlersStayInTheirModule(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(ArchRules.All(layout.Pairs().Select(pair =>
            Types().That().ResideInNamespaceMatching(layout.Module(pair.From))
                .Should().NotDependOnAny(Types(true).That().ResideInNamespaceMatching(layout.IntegrationEventsOf(pair.To))
                    .And().ArePublic().And().HaveNameEndingWith("Handler"))
                .Because($"{pair.To}'s integration-event handlers are its inbox, not an API for {pair.From}"))), architecture);

    // Base classes count: a handler that inherits its interface from an abstract base is still a handler.
    private static bool IsMediatorHandler(Class type) =>
        type.InheritedClasses.Prepend(type)
            .SelectMany(self => self.ImplementedInterfaces)
            .Any(implemented => MediatorHandlerInterfaces.Contains(implemented.FullName));
}

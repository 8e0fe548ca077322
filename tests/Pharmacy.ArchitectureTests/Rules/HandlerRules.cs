using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Conditions;
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

    /// <summary>
    /// A module's inbound handlers (public classes with a Handle method in its IntegrationEvents) are static and named
    /// for what they do with the event (<c>PlanBatchForRequestedFill</c>), never <c>*Handler</c>.
    /// </summary>
    public static RuleResult InboundHandlersAreStaticAndNamedForTheirAct(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Classes().That().ResideInNamespaceMatching(layout.AnyIntegrationEvents).And().ArePublic()
                .And().FollowCustomPredicate(HasHandleMethod, "have a Handle method")
                .Should().FollowCustomCondition(InboundHandlerShape, "be static and named for their act")
                .Because("Wolverine is given these types by the same rule, and a reader finds the act by its name"),
            architecture);

    /// <summary>No module depends on another module's inbound handlers (rule 5: they are the module's inbox).</summary>
    public static RuleResult IntegrationEventHandlersStayInTheirModule(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(ArchRules.All(layout.Pairs().Select(pair =>
            Types().That().ResideInNamespaceMatching(layout.Module(pair.From))
                .Should().NotDependOnAny(Types(true).That().ResideInNamespaceMatching(layout.IntegrationEventsOf(pair.To)).And().ArePublic())
                .Because($"{pair.To}'s integration-event handlers are its inbox, not an API for {pair.From}"))), architecture);

    private static bool HasHandleMethod(Class type) =>
        type.Members.OfType<MethodMember>().Any(method => method.Name.StartsWith("Handle(", StringComparison.Ordinal) || method.Name.StartsWith("Handle<", StringComparison.Ordinal));

    // A static class is abstract and sealed in IL.
    private static ConditionResult InboundHandlerShape(Class type)
    {
        var problems = new List<string>();
        if (type.IsAbstract != true || type.IsSealed != true)
        {
            problems.Add("is not static");
        }

        if (type.Name.EndsWith("Handler", StringComparison.Ordinal))
        {
            problems.Add("has a name ending in Handler instead of naming its act");
        }

        return new ConditionResult(type, problems.Count == 0, string.Join("; ", problems));
    }

    // Base classes count: a handler that inherits its interface from an abstract base is still a handler.
    private static bool IsMediatorHandler(Class type) =>
        type.InheritedClasses.Prepend(type)
            .SelectMany(self => self.ImplementedInterfaces)
            .Any(implemented => MediatorHandlerInterfaces.Contains(implemented.FullName));
}

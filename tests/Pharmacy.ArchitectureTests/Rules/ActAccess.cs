using System.Reflection;
using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Fluent.Conditions;
using Mediator;
using Pharmacy.Shared.Infrastructure.Security;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class ActAccess
{
    /// <summary>The host acts for people too (the demo's morning work signs in as the demo staff).</summary>
    private const string Host = @"^Pharmacy\.Host(\..+)?$";

    /// <summary>
    /// Every command people can send (one that a page, an endpoint or the host uses) names exactly one access rule, and
    /// a rule its own module declares. Commands only the system sends (from integration-event handlers) name none.
    /// </summary>
    public static RuleResult CommandsPeopleSendNameOneRuleOfTheirModule(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Classes().That().ResideInNamespaceMatching(layout.AnyModule)
                .And().FollowCustomPredicate(IsCommand, "are commands")
                .And().FollowCustomPredicate(command => IsSentByPeople(command, layout), "are sent from a page, an endpoint or the host")
                .Should().FollowCustomCondition(NamesOneDeclaredRule, "name exactly one access rule that their module declares")
                .Because("who may do an act is declared once, and the pipeline, the endpoint and the page all read it there"),
            architecture);

    /// <summary>
    /// Pages (their models and their views) never test roles or name policies themselves: they ask an act's rule through
    /// ActAccess, or name it with AuthorizeAct, so that a page cannot offer an act to other people than its command admits.
    /// </summary>
    public static RuleResult PagesAskTheActsRuleNotRoles(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Types().That().ResideInNamespaceMatching(layout.AnyPages)
                .Should().FollowCustomCondition(AsksNoRoleItself, "ask an act's access rule, never roles or policies themselves")
                .Because("who may do an act is declared once, on its command"),
            architecture);

    private static ConditionResult AsksNoRoleItself(IType page)
    {
        var asked = page.Dependencies.OfType<MethodCallDependency>()
            .Where(call => call.TargetMember.Name.StartsWith("IsInRole(", StringComparison.Ordinal)
                           && call.Target.FullName == "System.Security.Claims.ClaimsPrincipal"
                           || call.TargetMember.Name.StartsWith("AuthorizeAsync(", StringComparison.Ordinal)
                           && call.Target.FullName.StartsWith("Microsoft.AspNetCore.Authorization.", StringComparison.Ordinal))
            .Select(call => $"{call.Target.Name}.{call.TargetMember.Name}")
            .Distinct()
            .ToList();
        return new ConditionResult(page, asked.Count == 0, $"asks {string.Join(" and ", asked)} itself");
    }

    private static bool IsCommand(Class type) => typeof(IBaseCommand).IsAssignableFrom(ClrType(type));

    // ArchUnitNET credits what a lambda, a closure or an async method uses to the type that declares it.
    private static bool IsSentByPeople(Class command, ModuleLayout layout) =>
        command.BackwardsDependencies.Select(dependency => dependency.Origin).Any(origin =>
            origin != command && (Regex.IsMatch(origin.Namespace.FullName, layout.AnyPages) || Regex.IsMatch(origin.Namespace.FullName, Host)
                                  || origin.Name.EndsWith("Endpoint", StringComparison.Ordinal)));

    private static ConditionResult NamesOneDeclaredRule(Class command)
    {
        var type = ClrType(command);
        var named = type.GetCustomAttributes<AccessAttribute>(inherit: false).Select(access => access.Rule).ToList();
        var problem = named switch
        {
            [] => "names no access rule ([Access])",
            [var rule] when !DeclaredRules(type.Assembly).Contains(rule) => $"names the access rule \"{rule}\", which its module does not declare",
            [_] => null,
            _ => $"names {named.Count} access rules",
        };
        return new ConditionResult(command, problem is null, problem);
    }

    /// <summary>The rules a module declares: the <see cref="AccessRule"/> fields of its access classes.</summary>
    private static HashSet<string> DeclaredRules(System.Reflection.Assembly module) =>
        [.. module.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(AccessRule))
            .Select(field => ((AccessRule)field.GetValue(null)!).Name)];

    private static Type ClrType(IType type) => Type.GetType(type.AssemblyQualifiedName, throwOnError: true)!;
}

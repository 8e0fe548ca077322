using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Conditions;
using Mediator;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class FeatureFolders
{
    private static readonly HashSet<string> MessageInterfaces =
    [
        typeof(ICommand).FullName!,
        typeof(ICommand<>).FullName!,
        typeof(IQuery<>).FullName!,
    ];

    /// <summary>
    /// One use case per folder: each command or query of a module lives in <c>Features/&lt;ItsName&gt;</c>, alone, so a
    /// newcomer finds every act by its name in the tree.
    /// </summary>
    public static RuleResult OneUseCasePerFolder(Architecture architecture, ModuleLayout layout)
    {
        var features = new Regex(layout.AnyFeatures);
        var messages = architecture.Classes.Where(type => features.IsMatch(type.Namespace.FullName) && IsMessage(type)).ToList();
        var perFolder = messages.GroupBy(type => type.Namespace.FullName).ToDictionary(group => group.Key, group => group.Select(type => type.Name).ToList());
        return RuleResult.Evaluate(
            Classes().That().FollowCustomPredicate(type => features.IsMatch(type.Namespace.FullName) && IsMessage(type), "are commands or queries of a module")
                .Should().FollowCustomCondition(type => Inspect(type, perFolder), "live alone in a folder named for them")
                .Because("a use case is found by its name, and its folder holds nothing else"),
            architecture);
    }

    private static ConditionResult Inspect(Class type, IReadOnlyDictionary<string, List<string>> perFolder)
    {
        var folder = type.Namespace.FullName;
        var problems = new List<string>();
        if (folder.Split('.')[^1] != type.Name)
        {
            problems.Add($"lives in {folder}, not in a folder named {type.Name}");
        }

        var others = perFolder[folder].Where(name => name != type.Name).ToList();
        if (others.Count > 0)
        {
            problems.Add($"shares its folder with {string.Join(", ", others)}");
        }

        return new ConditionResult(type, problems.Count == 0, string.Join("; ", problems));
    }

    private static bool IsMessage(Class type) =>
        type.ImplementedInterfaces.Any(implemented => MessageInterfaces.Contains(implemented.FullName));
}

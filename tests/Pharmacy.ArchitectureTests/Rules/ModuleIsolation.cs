using ArchUnitNET.Domain;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class ModuleIsolation
{
    /// <summary>A module sees another module only through that module's Contracts (ARCHITECTURE.md rules 1 and 7).</summary>
    public static RuleResult Check(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(ArchRules.All(layout.Pairs().Select(pair =>
            Types().That().ResideInNamespaceMatching(layout.Module(pair.From))
                .Should().NotDependOnAny(
                    // Types(true) includes referenced types: with Types() a module whose assembly was not loaded
                    // would be invisible and the rule would pass. Only the target's Contracts are exempt.
                    Types(true).That().ResideInNamespaceMatching(layout.Module(pair.To))
                        .And().DoNotResideInNamespaceMatching(layout.ContractsOf(pair.To)))
                .Because($"{pair.From} may use {pair.To} only through {pair.To}'s Contracts"))), architecture);
}

using ArchUnitNET.Domain;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class DomainPurity
{
    private const string Bcl = @"^System(\..+)?$";

    /// <summary>A module's Domain depends on nothing but its own Domain, the shared kernel and the BCL (rule 2).</summary>
    public static RuleResult Check(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(ArchRules.All(layout.Modules.Select(module =>
            Types().That().ResideInNamespaceMatching(layout.DomainOf(module))
                // An allow-list rather than EF Core, ASP.NET, Wolverine, Mediator, FluentValidation, Shared.Infrastructure,
                // Shared.Web and the module's other layers by name: a package nobody listed is caught too.
                // ArchUnitNET 0.13.5's OnlyDependOn ignores types outside the loaded assemblies (EF Core passed), so the
                // allow-list is written as "no dependency on any referenced type outside it".
                .Should().NotDependOnAny(Types(true).That().DoNotResideInNamespaceMatching(
                    $"{Bcl}|{ModuleLayout.Kernel}|{layout.DomainOf(module)}"))
                .Because("a domain model depends on nothing but Pharmacy.Shared.Kernel and the BCL"))), architecture);
}

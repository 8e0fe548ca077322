using ArchUnitNET.Domain;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class ContractRules
{
    /// <summary>Contracts are classes or records whose state cannot change after construction (rule 3).</summary>
    public static RuleResult AreImmutable(Architecture architecture, ModuleLayout layout)
    {
        // An interface is a synchronous cross-module query the owning module answers (ARCHITECTURE.md: "rare synchronous
        // queries"), such as the portal asking whether intake would accept a prescription; it carries no state to change.
        var classesOnly = Types().That().ResideInNamespaceMatching(layout.AnyContracts)
            .Should().FollowCustomCondition(
                type => type is Class || (type is Interface && !type.Members.Any(member => member is PropertyMember)),
                "be classes, records, or query interfaces without properties", "is neither a class or record nor a query interface");
        // BeImmutable (0.13.5) accepts get-only and init-only properties and readonly fields, and rejects any other
        // setter, public or not: checked against the fixture's positional record and its class with a public setter.
        var immutable = Classes().That().ResideInNamespaceMatching(layout.AnyContracts)
            .Should().BeImmutable()
            .Because("a message shared between modules must not change under its receivers");
        return RuleResult.Evaluate(classesOnly.And(immutable), architecture);
    }

    /// <summary>A contract never exposes a domain type: no module's Domain, no shared kernel (rule 3).</summary>
    public static RuleResult ExposeNoDomainTypes(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Types().That().ResideInNamespaceMatching(layout.AnyContracts)
                .Should().NotDependOnAny(Types(true).That().ResideInNamespaceMatching($"{layout.AnyDomain}|{ModuleLayout.Kernel}"))
                .Because("a domain type in a contract would tie every receiver to the publisher's model"),
            architecture);
}

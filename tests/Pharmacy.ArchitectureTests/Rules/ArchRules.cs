using ArchUnitNET.Fluent;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class ArchRules
{
    /// <summary>One rule per module or module pair, evaluated together so that a result lists every offender.</summary>
    public static IArchRule All(IEnumerable<IArchRule> rules) => rules.Aggregate((all, next) => all.And(next));
}

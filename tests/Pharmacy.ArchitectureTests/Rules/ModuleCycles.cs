using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Slices;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class ModuleCycles
{
    /// <summary>
    /// No cycle between modules (rule 6). Contracts are the published language and stand outside the slices: a workflow
    /// is a loop of events by nature (Prescriptions asks for a fill, Compounding makes it, Quality releases it, Prescriptions
    /// dispenses it), so depending on another module's events never makes a cycle; depending on its internals does.
    /// </summary>
    public static RuleResult Check(Architecture architecture, ModuleLayout layout)
    {
        var slices = ByModule(layout).GetObjects(architecture).Select(slice => slice.Description).ToList();
        var rule = ByModule(layout).Should().BeFreeOfCycles();
        return new RuleResult(slices, RuleResult.Failures(rule.Evaluate(architecture)));
    }

    // In 0.13.5, Slices().Matching("Root.(*)..") makes one slice per full namespace ("Alpha", "Alpha.Domain", ...),
    // so a cycle Alpha -> Beta.Internals -> ... -> Alpha.IntegrationEvents goes unseen. Slicing by module with the same
    // anchored pattern as the other rules puts every namespace of a module into that module's slice.
    private static GivenSlices ByModule(ModuleLayout layout)
    {
        var module = new Regex(layout.AnyModule);
        var contracts = new Regex(layout.AnyContracts);
        var creator = new SliceRuleCreator();
        creator.SetSliceAssignment(new SliceAssignment(
            type => !contracts.IsMatch(type.Namespace.FullName) && module.Match(type.Namespace.FullName) is { Success: true } match
                ? SliceIdentifier.Of(match.Groups[1].Value, 1, null)
                : SliceIdentifier.Ignore(),
            $"modules under {layout.Root}"));
        return new GivenSlices(creator);
    }
}

using System.Text.RegularExpressions;

namespace Pharmacy.ArchitectureTests;

/// <summary>
/// Where modules live: a namespace root and the module names under it. Every rule takes one, so the same rule
/// runs over the solution ("Pharmacy.Modules") and over the fixture that breaks it ("Violations.Modules").
/// All patterns are anchored: ArchUnitNET matches them with Regex.IsMatch, so an unanchored "Billing" would
/// also match "BillingReports".
/// </summary>
internal sealed record ModuleLayout(string Root, IReadOnlyList<string> Modules)
{
    public const string KernelNamespace = "Pharmacy.Shared.Kernel";

    private string RootPattern => Regex.Escape(Root);

    /// <summary>Any namespace of any module; group 1 is the module's name.</summary>
    public string AnyModule => $@"^{RootPattern}\.(\w+)(\..+)?$";

    public string AnyDomain => $@"^{RootPattern}\.\w+\.Domain(\..+)?$";

    public string AnyContracts => $@"^{RootPattern}\.\w+\.Contracts(\..+)?$";

    public string AnyFeatures => $@"^{RootPattern}\.\w+\.Features(\..+)?$";

    public string AnyIntegrationEvents => $@"^{RootPattern}\.\w+\.IntegrationEvents$";

    /// <summary>Any module's Razor pages (Areas/&lt;Module&gt;/Pages), where people ask for acts.</summary>
    public string AnyPages => $@"^{RootPattern}\.\w+\.Areas(\..+)?$";

    public static string Kernel => $@"^{Regex.Escape(KernelNamespace)}(\..+)?$";

    public string Module(string module) => $@"^{RootPattern}\.{Regex.Escape(module)}(\..+)?$";

    public string DomainOf(string module) => $@"^{RootPattern}\.{Regex.Escape(module)}\.Domain(\..+)?$";

    public string ContractsOf(string module) => $@"^{RootPattern}\.{Regex.Escape(module)}\.Contracts(\..+)?$";

    public string IntegrationEventsOf(string module) => $@"^{RootPattern}\.{Regex.Escape(module)}\.IntegrationEvents$";

    /// <summary>The module a namespace belongs to, or null outside the root.</summary>
    public string? ModuleOf(string? ns)
    {
        var match = ns is null ? Match.Empty : Regex.Match(ns, AnyModule);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Every ordered pair of distinct modules, for the rules that say what one module may see of another.</summary>
    public IEnumerable<(string From, string To)> Pairs() =>
        from source in Modules
        from target in Modules
        where source != target
        select (source, target);
}

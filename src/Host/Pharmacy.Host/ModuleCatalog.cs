using Pharmacy.Modules.Billing;
using Pharmacy.Modules.Compounding;
using Pharmacy.Modules.Inventory;
using Pharmacy.Modules.Portal;
using Pharmacy.Modules.Prescriptions;
using Pharmacy.Modules.ProviderCrm;
using Pharmacy.Modules.Quality;
using Pharmacy.Modules.Reporting;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Host;

/// <summary>The modules this host is made of. Each can be switched off with Modules:&lt;Name&gt;:Enabled=false.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new ProviderCrmModule(),
        new PrescriptionsModule(),
        new CompoundingModule(),
        new InventoryModule(),
        new QualityModule(),
        new BillingModule(),
        new ReportingModule(),
        new PortalModule(),
    ];

    public static IReadOnlyList<IModule> Enabled(IConfiguration configuration) =>
        All.Where(module => configuration.GetValue($"Modules:{module.Name}:Enabled", defaultValue: true)).ToList();

    public static IReadOnlyList<IModule> LeftOut(IConfiguration configuration) => All.Except(Enabled(configuration)).ToList();
}

/// <summary>The names of the modules this host runs, for the parts of the host that need one module or another.</summary>
public sealed class EnabledModules(IEnumerable<IModule> modules)
{
    private readonly HashSet<string> _names = modules.Select(module => module.Name).ToHashSet(StringComparer.Ordinal);

    public bool Run(params string[] names) => names.All(_names.Contains);
}

using Pharmacy.Modules.Billing;
using Pharmacy.Modules.Compounding;
using Pharmacy.Modules.Inventory;
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
    ];

    public static IReadOnlyList<IModule> Enabled(IConfiguration configuration) =>
        All.Where(module => configuration.GetValue($"Modules:{module.Name}:Enabled", defaultValue: true)).ToList();
}

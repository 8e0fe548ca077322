using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Pharmacy.ArchitectureTests;

/// <summary>The real solution: every project of src/, each loaded through a type it declares.</summary>
internal static class Solution
{
    public static ModuleLayout Layout { get; } = new(
        "Pharmacy.Modules", ["ProviderCrm", "Prescriptions", "Compounding", "Inventory", "Quality", "Billing", "Reporting", "Portal"]);

    public static Architecture Architecture => LazyArchitecture.Value;

    private static readonly Lazy<Architecture> LazyArchitecture = new(() => new ArchLoader().LoadAssemblies(
    [
        typeof(Program).Assembly,
        typeof(Pharmacy.Shared.Kernel.AggregateRoot).Assembly,
        typeof(Pharmacy.Shared.Contracts.IIntegrationEvent).Assembly,
        typeof(Pharmacy.Shared.Infrastructure.Persistence.ModuleDbContext).Assembly,
        typeof(Pharmacy.Shared.Web.Modules.IModule).Assembly,
        typeof(Pharmacy.Modules.ProviderCrm.ProviderCrmModule).Assembly,
        typeof(Pharmacy.Modules.ProviderCrm.Domain.ProviderCrmDomainAssembly).Assembly,
        typeof(Pharmacy.Modules.ProviderCrm.Contracts.ProviderRegistered).Assembly,
        typeof(Pharmacy.Modules.Prescriptions.PrescriptionsModule).Assembly,
        typeof(Pharmacy.Modules.Prescriptions.Domain.PrescriptionsDomainAssembly).Assembly,
        typeof(Pharmacy.Modules.Prescriptions.Contracts.PrescriptionReceived).Assembly,
        typeof(Pharmacy.Modules.Compounding.CompoundingModule).Assembly,
        typeof(Pharmacy.Modules.Compounding.Domain.CompoundingDomainAssembly).Assembly,
        Contracts("Compounding"),
        typeof(Pharmacy.Modules.Inventory.InventoryModule).Assembly,
        typeof(Pharmacy.Modules.Inventory.Domain.InventoryDomainAssembly).Assembly,
        Contracts("Inventory"),
        typeof(Pharmacy.Modules.Quality.QualityModule).Assembly,
        typeof(Pharmacy.Modules.Quality.Domain.QualityDomainAssembly).Assembly,
        Contracts("Quality"),
        typeof(Pharmacy.Modules.Billing.BillingModule).Assembly,
        typeof(Pharmacy.Modules.Billing.Domain.BillingDomainAssembly).Assembly,
        Contracts("Billing"),
        typeof(Pharmacy.Modules.Reporting.ReportingModule).Assembly,
        typeof(Pharmacy.Modules.Reporting.Domain.ReportingDomainAssembly).Assembly,
        Contracts("Reporting"),
        typeof(Pharmacy.Modules.Portal.PortalModule).Assembly,
        typeof(Pharmacy.Modules.Portal.Domain.PortalDomainAssembly).Assembly,
        typeof(Pharmacy.Modules.Portal.Contracts.PortalOrderPlaced).Assembly,
    ]).Build());

    // These Contracts projects declare no type yet, so there is none to name. Loading them by name (they are project
    // references, so they sit next to this assembly) means their first contract is checked without editing this list.
    private static System.Reflection.Assembly Contracts(string module) => System.Reflection.Assembly.Load($"Pharmacy.Modules.{module}.Contracts");
}

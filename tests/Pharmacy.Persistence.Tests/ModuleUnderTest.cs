using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

/// <summary>
/// One module's DbContext as the tests see it. Public only because xunit theories take it as a parameter.
/// </summary>
/// <param name="AtDesignTime">The context as `dotnet ef` builds it, with no connection made.</param>
/// <param name="On">The context as the host builds it, from the Database section and the connection strings.</param>
public sealed record ModuleUnderTest(
    string Name,
    Type ContextType,
    string Schema,
    Func<DatabaseProvider, ModuleDbContext> AtDesignTime,
    Func<DatabaseOptions, IConfiguration, ModuleDbContext> On)
{
    /// <summary>Every module once: the rows of each table-driven test.</summary>
    public static TheoryData<ModuleUnderTest> All => new(Modules);

    internal static IReadOnlyList<ModuleUnderTest> Modules { get; } =
    [
        Of<ProviderCrmDbContext>("ProviderCrm", ProviderCrmDbContext.SchemaName, options => new(options)),
        Of<PrescriptionsDbContext>("Prescriptions", PrescriptionsDbContext.SchemaName, options => new(options)),
        Of<CompoundingDbContext>("Compounding", CompoundingDbContext.SchemaName, options => new(options)),
        Of<InventoryDbContext>("Inventory", InventoryDbContext.SchemaName, options => new(options)),
        Of<QualityDbContext>("Quality", QualityDbContext.SchemaName, options => new(options)),
        Of<BillingDbContext>("Billing", BillingDbContext.SchemaName, options => new(options)),
        Of<ReportingDbContext>("Reporting", ReportingDbContext.SchemaName, options => new(options)),
        Of<Pharmacy.Modules.Portal.Persistence.PortalDbContext>("Portal", Pharmacy.Modules.Portal.Persistence.PortalDbContext.SchemaName, options => new(options)),
    ];

    public override string ToString() => Name;

    private static ModuleUnderTest Of<TContext>(string name, string schema, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : ModuleDbContext =>
        new(
            name,
            typeof(TContext),
            schema,
            provider => create(ModuleDesignTimeFactory<TContext>.Options(provider, schema)),
            (database, configuration) => create((DbContextOptions<TContext>)ModuleDatabase
                .Configure(new DbContextOptionsBuilder<TContext>(), database, configuration, schema).Options));
}

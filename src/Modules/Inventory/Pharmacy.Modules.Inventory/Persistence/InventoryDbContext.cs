using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Modules.Inventory.Domain;

namespace Pharmacy.Modules.Inventory.Persistence;

/// <summary>The Inventory module's database: schema <c>inventory</c> on SQL Server, <c>inventory.db</c> on SQLite.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "inventory";

    public override string Schema => SchemaName;

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(InventoryDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
}

internal sealed class InventoryDesignTimeFactory : ModuleDesignTimeFactory<InventoryDbContext>
{
    protected override string Schema => InventoryDbContext.SchemaName;

    protected override InventoryDbContext Create(DbContextOptions<InventoryDbContext> options) => new(options);
}

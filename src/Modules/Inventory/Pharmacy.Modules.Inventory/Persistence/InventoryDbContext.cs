using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Inventory.Persistence;

/// <summary>The Inventory module's database: schema <c>inventory</c> on SQL Server, <c>inventory.db</c> on SQLite.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "inventory";

    public override string Schema => SchemaName;

    public DbSet<Item> Items => Set<Item>();

    public DbSet<Lot> Lots => Set<Lot>();

    /// <summary>The ledger lines of every lot, for reading; lines are added only through their lot.</summary>
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(InventoryDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InventoryDbContext).Assembly);
}

internal sealed class InventoryDesignTimeFactory : ModuleDesignTimeFactory<InventoryDbContext>
{
    protected override string Schema => InventoryDbContext.SchemaName;

    protected override InventoryDbContext Create(DbContextOptions<InventoryDbContext> options) => new(options);
}

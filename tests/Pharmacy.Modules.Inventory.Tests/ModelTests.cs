using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Inventory.Tests;

public sealed class ModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_change_of_the_inventory_model_has_its_migration(DatabaseProvider provider)
    {
        using var db = new InventoryDbContext(ModuleDesignTimeFactory<InventoryDbContext>.Options(provider, InventoryDbContext.SchemaName));

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_SQL_Server_migration_script_makes_the_ledger_append_only_in_the_inventory_schema()
    {
        using var db = new InventoryDbContext(ModuleDesignTimeFactory<InventoryDbContext>.Options(DatabaseProvider.SqlServer, InventoryDbContext.SchemaName));

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TRIGGER [inventory].[stock_movements_are_append_only]", script);
        Assert.Contains("CREATE TABLE [inventory].[stock_movements]", script);
    }
}

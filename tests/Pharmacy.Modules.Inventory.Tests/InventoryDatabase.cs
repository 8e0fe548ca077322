using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Inventory.Tests;

/// <summary>
/// The Inventory module's own database on a real SQLite file, migrated as the host migrates it. Each act runs as the
/// unit of work runs a command: one context, one transaction, audited under the command's name.
/// </summary>
internal sealed class InventoryDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly DbContextOptions<InventoryDbContext> _options;

    private InventoryDatabase(string folder)
    {
        _folder = folder;
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = folder };
        _options = (DbContextOptions<InventoryDbContext>)ModuleDatabase
            .Configure(new DbContextOptionsBuilder<InventoryDbContext>(), database, new ConfigurationBuilder().Build(), InventoryDbContext.SchemaName)
            .Options;
    }

    public FakeTimeProvider Clock { get; } = new(StockRoom.Now);

    public static async Task<InventoryDatabase> CreateAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pharmacy-inventory-tests", Guid.NewGuid().ToString("N"))).FullName;
        var database = new InventoryDatabase(folder);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public InventoryDbContext NewContext() => new(_options) { Clock = Clock };

    public async Task<T> ActAsync<T>(string action, ICurrentUser user, Func<InventoryDbContext, Task<T>> act)
    {
        await using var db = NewContext();
        db.AuditContext = new AuditContext(user.Id, user.Name, action, null);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await act(db);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return result;
    }

    public Task ActAsync(string action, Func<InventoryDbContext, Task> act) =>
        ActAsync(action, SystemUser.Instance, async db =>
        {
            await act(db);
            return true;
        });

    public async Task<T> QueryAsync<T>(Func<InventoryDbContext, Task<T>> query)
    {
        await using var db = NewContext();
        return await query(db);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A person signed in to the staff pages.</summary>
internal sealed record Person(string Id, string Name, params string[] Roles) : ICurrentUser
{
    public bool IsPerson => true;

    public bool IsApiClient => false;

    public bool IsInRole(string role) => Roles.Contains(role);
}

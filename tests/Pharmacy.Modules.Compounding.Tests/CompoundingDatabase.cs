using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Compounding.IntegrationEvents;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>The Compounding database on a fresh SQLite file, migrated as the host migrates it.</summary>
internal sealed class CompoundingDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pharmacy-compounding-tests", Guid.NewGuid().ToString("N"));

    public async Task<CompoundingDbContext> OpenAsync()
    {
        var options = (DbContextOptions<CompoundingDbContext>)ModuleDatabase.Configure(
            new DbContextOptionsBuilder<CompoundingDbContext>(),
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = _folder },
            new ConfigurationBuilder().Build(),
            CompoundingDbContext.SchemaName).Options;
        var db = new CompoundingDbContext(options);
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>Turns the aggregates' domain events into outbox rows, as the unit of work does before it saves.</summary>
    public static Task DispatchDomainEventsAsync(CompoundingDbContext db)
    {
        var services = new ServiceCollection().AddSingleton(db);
        // Every batch event the module publishes, as the host registers them.
        foreach (var handler in typeof(PublishBatchEvents).GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
        {
            services.AddScoped(handler, typeof(PublishBatchEvents));
        }

        return new DomainEventDispatcher(services.BuildServiceProvider()).DispatchAsync(db, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS; nothing depends on it.
        }

        return ValueTask.CompletedTask;
    }
}

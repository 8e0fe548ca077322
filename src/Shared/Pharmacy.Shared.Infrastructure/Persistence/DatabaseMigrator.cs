using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Brings every module's database up to date before anything else starts (hosted services start in order, and
/// before the server accepts requests). Database:MigrateOnStartup=false leaves that to a deployment step.
/// </summary>
public sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes, ModuleDbContextRegistry registry, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        // On SQLite each module has a file of its own: they are brought up to date side by side (most of the time is
        // building each module's model, which is work for a core). SQL Server's modules share one database: in turn.
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            await Task.WhenAll(registry.Contexts.Select(context => Task.Run(() => MigrateAsync(context.Key, context.Value, cancellationToken), cancellationToken)));
            return;
        }

        foreach (var (contextType, schema) in registry.Contexts)
        {
            await MigrateAsync(contextType, schema, cancellationToken);
        }
    }

    private async Task MigrateAsync(Type contextType, string schema, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, schema);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Schema} is up to date")]
    private static partial void LogMigrated(ILogger logger, string schema);
}

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

        await using var scope = scopes.CreateAsyncScope();
        foreach (var (contextType, schema) in registry.Contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, schema);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Schema} is up to date")]
    private static partial void LogMigrated(ILogger logger, string schema);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Points a module's DbContext at its database: a file of its own on SQLite, its own schema on SQL Server, and in
/// both cases its own migrations (kept apart per provider) and its own migrations history. Used at run time and by
/// the design-time factories, so that what the tools generate is what the application runs.
/// </summary>
public static class ModuleDatabase
{
    public const string ConnectionStringName = "Pharmacy";
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder options, DatabaseOptions database, IConfiguration configuration, string schema)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(database, configuration, schema), sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));
                options.AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(SqlServerConnectionString(configuration, schema), sql => sql.MigrationsHistoryTable(MigrationsHistoryTable, schema));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        // SQLite has no schemas: one file per module keeps the same ownership line, so the warning says nothing new.
        options.ConfigureWarnings(warnings => warnings.Ignore(SqliteEventId.SchemaConfiguredWarning, SqliteEventId.SchemasNotSupportedWarning));
        return options;
    }

    public static string SqliteFilePath(DatabaseOptions database, string schema)
    {
        var directory = Path.GetFullPath(database.SqliteDirectory);
        return Path.Combine(directory, $"{schema}.db");
    }

    private static string SqliteConnectionString(DatabaseOptions database, IConfiguration configuration, string schema)
    {
        var overridden = configuration.GetConnectionString($"{ConnectionStringName}.{schema}");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden;
        }

        var path = SqliteFilePath(database, schema);
        var folder = Path.GetDirectoryName(path)!;
        if (CreatedFolders.TryAdd(folder, true))
        {
            // Once per folder and process, not each time a context is configured (every request).
            Directory.CreateDirectory(folder);
        }

        return $"Data Source={path};Pooling=True";
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> CreatedFolders = new(StringComparer.Ordinal);

    private static string SqlServerConnectionString(IConfiguration configuration, string schema) =>
        configuration.GetConnectionString($"{ConnectionStringName}.{schema}")
        ?? configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException(
            $"Database:Provider is SqlServer but ConnectionStrings:{ConnectionStringName} is not set.");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// What `dotnet ef` uses to build a module's context: the provider comes from `-- --provider Sqlite|SqlServer`
/// (Sqlite by default). No database is needed to add a migration; the SQL Server string is a placeholder.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    protected abstract string Schema { get; }

    protected abstract TContext Create(DbContextOptions<TContext> options);

    public TContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(ArgumentValue(args, "--provider") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        return Create(Options(provider, Schema));
    }

    /// <summary>Options for a context of this module on a provider, with no connection made (for scripts and model checks).</summary>
    public static DbContextOptions<TContext> Options(DatabaseProvider provider, string schema)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ModuleDatabase.ConnectionStringName}"] = "Server=design-time;Database=Pharmacy;Trusted_Connection=True;TrustServerCertificate=True",
            })
            .Build();
        var database = new DatabaseOptions { Provider = provider, SqliteDirectory = Path.Combine(Path.GetTempPath(), "pharmacy-design-time") };
        var builder = new DbContextOptionsBuilder<TContext>();
        ModuleDatabase.Configure(builder, database, configuration, schema);
        return builder.Options;
    }

    private static string? ArgumentValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

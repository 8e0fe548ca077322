using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>The Reporting module's real SQLite database, migrated, in a folder of its own that is deleted afterwards.</summary>
internal sealed class ReportingDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "pharmacy-reporting-tests", Guid.NewGuid().ToString("N"))).FullName;

    private ReportingDatabase()
    {
    }

    public static ReportingDatabase Migrated()
    {
        var database = new ReportingDatabase();
        using var db = database.Open();
        db.Database.Migrate();
        return database;
    }

    /// <summary>A new context, as each message delivery or request gets its own.</summary>
    public ReportingDbContext Open()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = _folder };
        var builder = ModuleDatabase.Configure(
            new DbContextOptionsBuilder<ReportingDbContext>(), options, new ConfigurationBuilder().Build(), ReportingDbContext.SchemaName);
        return new ReportingDbContext((DbContextOptions<ReportingDbContext>)builder.Options);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

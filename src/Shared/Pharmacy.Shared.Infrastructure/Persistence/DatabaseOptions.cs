namespace Pharmacy.Shared.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default, one file per module) or SqlServer (one database, one schema per module).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the SQLite files, relative to the working directory unless rooted.</summary>
    public string SqliteDirectory { get; set; } = "data";

    /// <summary>Apply each module's migrations when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

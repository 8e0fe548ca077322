using Microsoft.Data.Sqlite;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.Backup;

/// <summary>What backup and restore ask of one SQLite file, each on a connection of its own that is really closed after.</summary>
internal static class SqliteFile
{
    public const string DocumentsFolder = "documents";

    /// <summary>The module databases of a data folder: every *.db file, whichever modules are switched on today.</summary>
    public static IReadOnlyList<string> DatabasesIn(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.db").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Opens without pooling, so that closing releases the file (and its WAL) at once.</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>"ok", or what SQLite found wrong.</summary>
    public static string IntegrityCheck(SqliteConnection connection)
    {
        var problems = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            problems.Add(reader.GetString(0));
        }

        return string.Join("; ", problems);
    }

    public static IReadOnlyList<string> Tables(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    public static IReadOnlyList<string> Migrations(SqliteConnection connection) =>
        Tables(connection).Contains(ModuleDatabase.MigrationsHistoryTable)
            ? Strings(connection, $"SELECT \"MigrationId\" FROM \"{ModuleDatabase.MigrationsHistoryTable}\" ORDER BY \"MigrationId\"")
            : [];

    /// <summary>Rows per table. Cheap at a pharmacy's volumes: it reads the pages integrity_check has just read.</summary>
    public static IReadOnlyDictionary<string, long> RowCounts(SqliteConnection connection)
    {
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            rows[table] = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    /// <summary>
    /// True when another connection has the file open. A host keeps its pooled connections open, and in WAL mode each
    /// holds a shared lock on the file for as long as it is open, so an exclusive lock is refused while a host runs.
    /// </summary>
    public static bool IsInUse(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 1,
            }.ToString());
            connection.Open();
            // One statement per command: in a batch, an error after a statement that returns a row can go unseen.
            foreach (var sql in new[] { "PRAGMA busy_timeout=0", "PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "COMMIT" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }

            return false;
        }
        catch (SqliteException exception) when (IsBusy(exception))
        {
            return true;
        }
    }

    public static bool IsBusy(SqliteException exception) =>
        exception.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED;

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

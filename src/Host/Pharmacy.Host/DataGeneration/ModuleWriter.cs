using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// Writes one module's share of the year into its (migrated, empty) SQLite file in one transaction, with the
/// connection tuned for a bulk load (no journal, no sync per page, a large page cache, temporary data in memory, the
/// indexes built after the rows) and put back to the host's settings afterwards, and counts what it wrote.
/// </summary>
internal sealed class ModuleWriter(string name, string path, IModel model) : IDisposable
{
    private readonly SqliteConnection _connection = Open(path);
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Sql)> _indexes = [];
    private readonly Stopwatch _clock = new();
    private SqliteTransaction? _transaction;

    public string Name => name;

    public IReadOnlyDictionary<string, long> Rows => _rows;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// Starts the load: no journal (the file is new; a load that fails leaves a folder to delete, not one to recover),
    /// and the module's indexes set aside, to be built once over the loaded rows instead of row by row.
    /// </summary>
    public void Begin()
    {
        _clock.Start();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF;");
        _transaction = _connection.BeginTransaction();
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = _transaction;
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (index, _) in _indexes)
        {
            Execute($"DROP INDEX \"{index}\"");
        }
    }

    /// <summary>The aggregates of one type, then the rows of each of their owned collections kept in tables of their own.</summary>
    public void Write<T>(IEnumerable<T> aggregates, params string[] ownedCollections)
        where T : class
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the {name} model.");
        var list = aggregates as IReadOnlyList<T> ?? [.. aggregates];
        Insert(type, list.Cast<object>().Select(aggregate => (aggregate, (object?)null)));
        var key = type.FindPrimaryKey()!.Properties[0].GetGetter();
        foreach (var collection in ownedCollections)
        {
            var navigation = type.FindNavigation(collection) ?? throw new InvalidOperationException($"{typeof(T).Name} has no {collection}.");
            var rows = navigation.GetGetter();
            Insert(
                navigation.TargetEntityType,
                list.SelectMany(aggregate => ((System.Collections.IEnumerable)rows.GetClrValue(aggregate)!).Cast<object>()
                    .Select(row => (row, key.GetClrValue(aggregate)))));
        }
    }

    /// <summary>Rows of an entity that has a table of its own (a lot's ledger lines, a charge's payments).</summary>
    public void WriteRows<T>(IEnumerable<T> rows)
        where T : class =>
        Insert(model.FindEntityType(typeof(T))!, rows.Select(row => ((object)row, (object?)null)));

    /// <summary>The audit entries, in the order they happened, so that the trail's ids follow time as the live writer's do.</summary>
    public void WriteAudit(AuditSnapshots audit) =>
        WriteRows(audit.Entries.OrderBy(entry => entry.OccurredAt));

    /// <summary>Builds the indexes again (a unique one refuses the load if the year broke it), commits, and puts the file in WAL mode as the host keeps it.</summary>
    public void Commit()
    {
        foreach (var (_, sql) in _indexes)
        {
            Execute(sql);
        }

        _transaction!.Commit();
        _transaction.Dispose();
        _transaction = null;
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        _clock.Stop();
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    private void Insert(IEntityType type, IEnumerable<(object Row, object? OwnerKey)> rows)
    {
        using var table = BulkTable.For(_connection, type);
        foreach (var (row, ownerKey) in rows)
        {
            table.Insert(row, ownerKey);
        }

        var tableName = type.GetTableName()!;
        _rows[tableName] = _rows.GetValueOrDefault(tableName) + table.Rows;
    }

    /// <summary>Sets where a module's number sequence continues (its row of <c>number_sequences</c>).</summary>
    public void ContinueSequence(string name, long nextValue)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{NumberSequence.SqliteTable}\" (\"name\", \"next_value\") VALUES ($name, $next) " +
            "ON CONFLICT (\"name\") DO UPDATE SET \"next_value\" = $next";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$next", nextValue);
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

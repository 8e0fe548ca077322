using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// Writes one module's share of the year into its (migrated, empty) SQLite file in one transaction, with the
/// connection tuned for a bulk load (no sync per page, a large page cache, temporary data in memory) and put back to
/// the host's settings afterwards, and counts what it wrote.
/// </summary>
internal sealed class ModuleWriter(string name, string path, IModel model) : IDisposable
{
    private readonly SqliteConnection _connection = Open(path);
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = new();
    private SqliteTransaction? _transaction;

    public string Name => name;

    public IReadOnlyDictionary<string, long> Rows => _rows;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Begin()
    {
        _clock.Start();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF;");
        _transaction = _connection.BeginTransaction();
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

    public void Commit()
    {
        _transaction!.Commit();
        _transaction.Dispose();
        _transaction = null;
        Execute("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
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
        table.Use(_transaction!);
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

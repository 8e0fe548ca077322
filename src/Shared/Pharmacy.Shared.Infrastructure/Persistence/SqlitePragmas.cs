using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Write-ahead logging lets the relay read the outbox while a command writes, and NORMAL synchronisation is
/// durable at every checkpoint without an fsync per commit; together they keep commit-to-handler latency low.
/// Each connection has its own (private) cache: a shared cache would block readers behind writers and answer a
/// clash with SQLITE_LOCKED, which Microsoft.Data.Sqlite meets with a fixed 150 ms sleep.
/// </summary>
/// <remarks>
/// EF Core reports an open every time it takes a connection from the pool, but SQLite keeps these settings for as
/// long as the native connection lives: they are sent once per native connection, and the journal mode, which the
/// file itself keeps, once per file and process. A request then costs no PRAGMA at all.
/// </remarks>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string ConnectionPragmas = "PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
    private const string FilePragma = "PRAGMA journal_mode=WAL;";

    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];
    private readonly ConcurrentDictionary<string, bool> _walFiles = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (PragmasFor(connection) is { } pragmas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
            Configured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (PragmasFor(connection) is { } pragmas)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Configured(connection);
        }
    }

    /// <summary>What this connection still needs; null when it has it all. A pooled native connection is used by one open connection at a time.</summary>
    private string? PragmasFor(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return ConnectionPragmas + FilePragma;
        }

        if (_configured.TryGetValue(handle, out _))
        {
            return null;
        }

        return _walFiles.ContainsKey(sqlite.DataSource) ? ConnectionPragmas : ConnectionPragmas + FilePragma;
    }

    private void Configured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            _configured.AddOrUpdate(handle, this);
            _walFiles.TryAdd(sqlite.DataSource, true);
        }
    }
}

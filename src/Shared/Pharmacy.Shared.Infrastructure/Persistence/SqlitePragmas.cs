using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Write-ahead logging lets the relay read the outbox while a command writes, and NORMAL synchronisation is
/// durable at every checkpoint without an fsync per commit; together they keep commit-to-handler latency low.
/// Each connection has its own (private) cache: a shared cache would block readers behind writers and answer a
/// clash with SQLITE_LOCKED, which Microsoft.Data.Sqlite meets with a fixed 150 ms sleep.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

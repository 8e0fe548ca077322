using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Pharmacy.Benchmarks;

/// <summary>
/// The host's SQLite files, read from the harness on private read-only connections (WAL readers): they take none of
/// the host's locks and do not go through its request pipeline.
/// </summary>
public sealed class HostDatabases(string folder) : IAsyncDisposable
{
    public const string Crm = "crm";
    public const string Prescriptions = "prescriptions";
    public const string Reporting = "reporting";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);
    private readonly Dictionary<string, SqliteConnection> _connections = [];

    public string Folder { get; } = folder;

    public string PathOf(string schema) => Path.Combine(Folder, $"{schema}.db");

    public async Task<long> ScalarAsync(string schema, string sql, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> ReadAsync<T>(string schema, string sql, Func<SqliteDataReader, T> row, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(schema, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>Outbox rows of every module not yet handed over (neither processed nor dead-lettered).</summary>
    public async Task<long> WaitingOutboxRowsAsync(CancellationToken cancellationToken)
    {
        long waiting = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.db"))
        {
            var schema = Path.GetFileNameWithoutExtension(file);
            if (await ScalarAsync(schema, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'outbox_messages'", cancellationToken) == 1)
            {
                waiting += await ScalarAsync(schema, "SELECT count(*) FROM outbox_messages WHERE processed_at IS NULL AND dead_lettered_at IS NULL", cancellationToken);
            }
        }

        return waiting;
    }

    /// <summary>Waits until every module's outbox is empty: the host has nothing left to deliver.</summary>
    public async Task<TimeSpan> WaitUntilQuietAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long waiting = 0;
        while (clock.Elapsed < timeout)
        {
            waiting = await WaitingOutboxRowsAsync(cancellationToken);
            if (waiting == 0)
            {
                return clock.Elapsed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        throw new BenchmarkFailedException($"{waiting} outbox rows in {Folder} still waiting after {timeout.TotalSeconds:0} s");
    }

    /// <summary>Polls <paramref name="sql"/> (a count) every 10 ms until it reaches <paramref name="expected"/>; the time it took.</summary>
    public async Task<TimeSpan> WaitForCountAsync(string schema, string sql, long expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long seen = 0;
        while (clock.Elapsed < timeout)
        {
            seen = await ScalarAsync(schema, sql, cancellationToken);
            if (seen >= expected)
            {
                return clock.Elapsed;
            }

            await Task.Delay(Poll, cancellationToken);
        }

        throw new BenchmarkFailedException($"{schema}: {seen} of {expected} after {timeout.TotalSeconds:0} s ({sql})");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Values)
        {
            await connection.DisposeAsync();
        }

        _connections.Clear();
    }

    private async Task<SqliteConnection> ConnectionAsync(string schema, CancellationToken cancellationToken)
    {
        if (!_connections.TryGetValue(schema, out var connection))
        {
            var path = PathOf(schema);
            if (!File.Exists(path))
            {
                throw new BenchmarkFailedException($"{path} does not exist (is Database:SqliteDirectory applied?)");
            }

            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            _connections[schema] = connection;
        }

        return connection;
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// One writer at a time per SQLite file, queued inside the process. SQLite has one write lock per file; a writer that
/// finds it taken sleeps in SQLite's busy handler (1, 2, 5 ... up to 100 ms, holding its thread) and may wake long
/// after the lock was free again, so a burst of short writes from many requests spends its time asleep. Writers of
/// this process wait here instead, in arrival order and without holding a thread, and find the lock free; the busy
/// timeout stays for other processes (a backup, a reporting tool). SQL Server locks rows and needs no gate.
/// </summary>
/// <remarks>
/// A context inside an explicit transaction already holds the file's lock (BEGIN IMMEDIATE), so it never waits here:
/// a writer holding a turn may be waiting for that transaction, and that transaction must not wait for the turn.
/// </remarks>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async ValueTask<Turn> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (GateFor(db) is not { } gate)
        {
            return default;
        }

        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    public static Turn Enter(DbContext db)
    {
        if (GateFor(db) is not { } gate)
        {
            return default;
        }

        gate.Wait();
        return new Turn(gate);
    }

    private static SemaphoreSlim? GateFor(DbContext db) =>
        IsSqlite(db) && db.Database.CurrentTransaction is null
            ? Gates.GetOrAdd(db.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1))
            : null;

    /// <summary>Whether the context runs on SQLite, asked of EF Core once per provider (it compares assembly names, by reflection).</summary>
    private static bool IsSqlite(DbContext db) =>
        db.Database.ProviderName is { } provider && SqliteProviders.GetOrAdd(provider, _ => db.Database.IsSqlite());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> SqliteProviders = new(StringComparer.Ordinal);

    /// <summary>The right to write to one file; disposing it lets the next writer in.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}

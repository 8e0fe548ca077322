using Microsoft.EntityFrameworkCore;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// A module's own sequence of numbers (the pharmacy's Rx numbers): unique and increasing, and allowed gaps. The
/// numbers are reserved a block at a time (<see cref="NumberBlocks{TContext}"/>), so taking one is not a
/// <c>MAX() + 1</c> read under the write lock but, for all but one number of each block, no statement at all.
/// </summary>
/// <param name="Name">The sequence's name: a SQL Server sequence of the module's schema, a row of <c>number_sequences</c> on SQLite.</param>
/// <param name="StartsAt">The first number of a new database.</param>
/// <param name="BlockSize">Numbers reserved at once; the unused rest of a block is skipped when the process stops.</param>
public sealed record NumberSequence(string Name, long StartsAt, int BlockSize)
{
    public const string SqliteTable = "number_sequences";

    private const string ReserveOnSqlite = """
        INSERT INTO "number_sequences" ("name", "next_value") VALUES ({0}, {1} + {2})
        ON CONFLICT ("name") DO UPDATE SET "next_value" = "next_value" + {2}
        RETURNING "next_value" - {2} AS "Value"
        """;

    /// <summary>
    /// On SQL Server a sequence of the module's schema that moves a block at a time; on SQLite, which has no sequences,
    /// a row per sequence in <c>number_sequences</c> holding the first number not yet reserved.
    /// </summary>
    internal static void Configure(ModelBuilder modelBuilder, string schema, bool sqlServer, IReadOnlyCollection<NumberSequence> sequences)
    {
        if (sequences.Count == 0)
        {
            return;
        }

        if (!sqlServer)
        {
            modelBuilder.Entity<NumberSequenceRow>(row =>
            {
                row.ToTable(SqliteTable);
                row.HasKey(r => r.Name);
                row.Property(r => r.Name).HasMaxLength(100);
            });
            return;
        }

        foreach (var sequence in sequences)
        {
            modelBuilder.HasSequence<long>(sequence.Name, schema).StartsAt(sequence.StartsAt).IncrementsBy(sequence.BlockSize);
        }
    }

    /// <summary>Reserves the next block in one statement of its own; returns its first number.</summary>
    internal async Task<long> ReserveBlockAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlServer())
        {
            // A sequence is outside any transaction and takes no lock another writer waits for.
            // Names of the model, never input. Not composed into a larger query: NEXT VALUE FOR is not allowed in a derived table.
            var nextValue = $"SELECT NEXT VALUE FOR [{db.Schema}].[{Name}] AS [Value]";
            var next = await db.Database.SqlQueryRaw<long>(nextValue).ToListAsync(cancellationToken);
            return next.Single();
        }

        // Creates the row on first use (a database made without migrations), otherwise moves it on by a block.
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        var reserved = await db.Database.SqlQueryRaw<long>(ReserveOnSqlite, Name, StartsAt, BlockSize).ToListAsync(cancellationToken);
        return reserved.Single();
    }
}

/// <summary>A sequence's row on SQLite: the first number that no block has reserved yet.</summary>
internal sealed class NumberSequenceRow
{
    public string Name { get; private set; } = "";

    public long NextValue { get; private set; }
}

/// <summary>
/// Hands out one sequence's numbers, in increasing order, from a block this process reserved. One instance per
/// process and sequence (a singleton). Numbers are unique across processes and restarts because each block is
/// reserved in the database; they increase in the order they are taken; a number taken by a command that then
/// fails, and the rest of a block when the process stops, are never used (gaps are allowed).
/// </summary>
public sealed class NumberBlocks<TContext>(NumberSequence sequence)
    where TContext : ModuleDbContext
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private long _next;
    private long _end;

    public async ValueTask<long> NextAsync(TContext db, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_next >= _end)
            {
                _next = await sequence.ReserveBlockAsync(db, cancellationToken);
                _end = _next + sequence.BlockSize;
            }

            return _next++;
        }
        finally
        {
            _lock.Release();
        }
    }
}

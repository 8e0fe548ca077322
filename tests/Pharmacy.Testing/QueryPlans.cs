using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit;

namespace Pharmacy.Testing;

/// <summary>
/// Records every query a DbContext sends, with its parameters, so that a test can ask SQLite how it runs that very
/// statement (EXPLAIN QUERY PLAN). Add it to the context's options with AddInterceptors.
/// </summary>
public sealed class QueryRecorder : DbCommandInterceptor
{
    private readonly List<RecordedQuery> _queries = [];

    public IReadOnlyList<RecordedQuery> Queries
    {
        get
        {
            lock (_queries)
            {
                return [.. _queries];
            }
        }
    }

    public void Clear()
    {
        lock (_queries)
        {
            _queries.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (!command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var parameters = command.Parameters.Cast<DbParameter>()
            .Select(p => new RecordedParameter(p.ParameterName, p.Value, p.DbType, (p as SqliteParameter)?.SqliteType))
            .ToList();
        lock (_queries)
        {
            _queries.Add(new RecordedQuery(command.CommandText, parameters));
        }
    }
}

public sealed record RecordedParameter(string Name, object? Value, DbType DbType, SqliteType? SqliteType);

/// <summary>A statement as it was sent, and how SQLite would run it.</summary>
public sealed record RecordedQuery(string Sql, IReadOnlyList<RecordedParameter> Parameters)
{
    /// <summary>The plan's lines (EXPLAIN QUERY PLAN's detail column), asked on an open connection to the same database.</summary>
    public IReadOnlyList<string> PlanOn(SqliteConnection connection)
    {
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            connection.Open();
        }

        try
        {
            return Plan(connection);
        }
        finally
        {
            if (opened)
            {
                connection.Close();
            }
        }
    }

    private IReadOnlyList<string> Plan(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + Sql;
        foreach (var parameter in Parameters)
        {
            var copy = command.CreateParameter();
            copy.ParameterName = parameter.Name;
            copy.Value = parameter.Value ?? DBNull.Value;
            copy.DbType = parameter.DbType;
            if (parameter.SqliteType is { } type)
            {
                copy.SqliteType = type;
            }

            command.Parameters.Add(copy);
        }

        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}

/// <summary>
/// What a query plan must and must not do with a big table, named by the alias the query gives it or by the table's name
/// (SQLite shows the table's name for a bare COUNT).
/// </summary>
public static class QueryPlanAssert
{
    /// <summary>
    /// The table is read through an index: sought (SEARCH), or walked in the index's order (SCAN ... USING INDEX, which
    /// stops after the page), never scanned row by row; and no sort of the whole result for ORDER BY.
    /// </summary>
    public static void ReadsInIndexOrder(IReadOnlyList<string> plan, params string[] names)
    {
        var text = string.Join(Environment.NewLine, plan);
        Assert.False(plan.Any(line => names.Any(name => line == $"SCAN {name}")), $"The plan scans the table:{Environment.NewLine}{text}");
        Assert.False(plan.Any(line => line.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)),
            $"The plan sorts the whole result:{Environment.NewLine}{text}");
        Assert.True(
            plan.Any(line => names.Any(name => line.StartsWith($"SEARCH {name} USING", StringComparison.Ordinal) || line.StartsWith($"SCAN {name} USING", StringComparison.Ordinal))),
            $"The plan does not read the table through an index:{Environment.NewLine}{text}");
    }

    /// <summary>Every access to the table seeks an index: no scan of it at all, neither of the table nor of a whole index.</summary>
    public static void Seeks(IReadOnlyList<string> plan, params string[] names)
    {
        var text = string.Join(Environment.NewLine, plan);
        Assert.False(plan.Any(line => names.Any(name => line == $"SCAN {name}" || line.StartsWith($"SCAN {name} ", StringComparison.Ordinal))),
            $"The plan scans the table:{Environment.NewLine}{text}");
        Assert.True(plan.Any(line => names.Any(name => line.StartsWith($"SEARCH {name} USING", StringComparison.Ordinal))),
            $"The plan does not seek the table by an index:{Environment.NewLine}{text}");
    }

    /// <summary>No row-by-row scan of the table (a walk of an index is allowed).</summary>
    public static void NeverScansTheTable(IReadOnlyList<string> plan, params string[] names) =>
        Assert.False(plan.Any(line => names.Any(name => line == $"SCAN {name}")), $"The plan scans the table:{Environment.NewLine}{string.Join(Environment.NewLine, plan)}");
}

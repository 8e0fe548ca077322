using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Pharmacy.Benchmarks;

/// <summary>
/// Counts every statement SQLite itself runs (PRAGMAs, BEGIN, SAVEPOINT and COMMIT included, which EF Core's own
/// diagnostics do not show), per database file and kind of statement. It hooks SQLite's trace callback on each
/// native connection the first time EF Core opens it, from EF Core's DiagnosticListener: nothing in src/ changes.
/// </summary>
public sealed class SqliteStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConditionalWeakTable<sqlite3, string> _hooked = [];
    private readonly ConcurrentDictionary<(string File, string Statement), long> _counts = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _allListeners;
    private readonly delegate_trace _callback;
    private volatile bool _recording;

    public SqliteStatementCounter()
    {
        _callback = OnStatement;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Starts counting afresh.</summary>
    public void Start()
    {
        _counts.Clear();
        _recording = true;
    }

    public IReadOnlyDictionary<(string File, string Statement), long> Stop()
    {
        _recording = false;
        return new Dictionary<(string File, string Statement), long>(_counts);
    }

    /// <summary>A connection the benchmark opens itself (the bare endpoint's): hooked the same way.</summary>
    public void Hook(SqliteConnection connection)
    {
        if (connection.Handle is { } handle && !_hooked.TryGetValue(handle, out _))
        {
            var file = Path.GetFileName(connection.DataSource);
            _hooked.AddOrUpdate(handle, file);
            raw.sqlite3_trace(handle, _callback, file);
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        // EF Core raises ConnectionOpened before the connection interceptors run, so the PRAGMAs they send are counted too.
        if (value.Value is ConnectionEndEventData opened && value.Key.EndsWith("ConnectionOpened", StringComparison.Ordinal)
            && opened.Connection is SqliteConnection sqlite)
        {
            Hook(sqlite);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }

    private void OnStatement(object userData, utf8z sql)
    {
        if (!_recording)
        {
            return;
        }

        var text = sql.utf8_to_string();
        // Trigger bodies are reported as "-- TRIGGER name"; they are part of the statement that fired them.
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            return;
        }

        _counts.AddOrUpdate(((string)userData, Kind(text)), 1, (_, n) => n + 1);
    }

    /// <summary>A short name: the verb and its table ("INSERT INTO prescriptions", "PRAGMA busy_timeout", "BEGIN IMMEDIATE").</summary>
    private static string Kind(string sql)
    {
        var text = sql.ReplaceLineEndings(" ").Trim();
        var upper = text.ToUpperInvariant();
        if (upper.StartsWith("PRAGMA", StringComparison.Ordinal))
        {
            var name = new string(text[6..].TrimStart().TakeWhile(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
            return $"PRAGMA {name}";
        }

        string[] simple = ["BEGIN IMMEDIATE", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"];
        if (simple.FirstOrDefault(verb => upper.StartsWith(verb, StringComparison.Ordinal)) is { } plain)
        {
            return plain;
        }

        return DatabaseTrace.Statement(text);
    }
}

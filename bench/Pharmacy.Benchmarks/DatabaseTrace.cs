using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pharmacy.Benchmarks;

/// <summary>
/// <c>--trace</c>: listens to EF Core's DiagnosticListener inside the in-process host (nothing in src/ changes) and
/// records every command, reader, commit and connection open with its duration, context and thread. After the run it
/// shows where the time went: per kind of statement, the relay's passes (how many rows each picked up and how long
/// it took) and the prescriptions handler's time per event.
/// </summary>
public sealed class DatabaseTrace : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<TraceEvent> _events = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _allListeners;
    private volatile bool _recording;

    public DatabaseTrace()
    {
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public enum Kind
    {
        Command,
        Reader,
        Commit,
        Open,
        Error,
    }

    /// <summary>One database operation. Start is the wall clock (UTC) the operation began; Rows is rows read (readers).</summary>
    public sealed record TraceEvent(Kind Kind, string Context, string Sql, DateTimeOffset Start, TimeSpan Duration, int Rows, int Thread);

    public void Start() => _recording = true;

    public IReadOnlyList<TraceEvent> Stop()
    {
        _recording = false;
        return [.. _events.OrderBy(e => e.Start)];
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
        if (!_recording)
        {
            return;
        }

        var thread = Environment.CurrentManagedThreadId;
        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                _events.Enqueue(new TraceEvent(Kind.Command, ContextName(executed.Context), executed.Command.CommandText, executed.StartTime, executed.Duration, 0, thread));
                break;
            case DataReaderDisposingEventData disposing:
                _events.Enqueue(new TraceEvent(Kind.Reader, ContextName(disposing.Context), disposing.Command.CommandText, disposing.StartTime, disposing.Duration, disposing.ReadCount, thread));
                break;
            case CommandErrorEventData error:
                _events.Enqueue(new TraceEvent(Kind.Error, ContextName(error.Context), error.Command.CommandText + " -> " + error.Exception.Message, error.StartTime, error.Duration, 0, thread));
                break;
            case TransactionEndEventData ended when value.Key.EndsWith("TransactionCommitted", StringComparison.Ordinal):
                _events.Enqueue(new TraceEvent(Kind.Commit, ContextName(ended.Context), "COMMIT", ended.StartTime, ended.Duration, 0, thread));
                break;
            case ConnectionEndEventData opened when value.Key.EndsWith("ConnectionOpened", StringComparison.Ordinal):
                _events.Enqueue(new TraceEvent(Kind.Open, ContextName(opened.Context), "OPEN", opened.StartTime, opened.Duration, 0, thread));
                break;
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

    private static string ContextName(DbContext? context) => context?.GetType().Name.Replace("DbContext", "", StringComparison.Ordinal) ?? "?";

    /// <summary>A short, stable name for a statement: verb and main table.</summary>
    public static string Statement(string sql)
    {
        var text = sql.ReplaceLineEndings(" ");
        string[] verbs = ["INSERT INTO", "UPDATE", "DELETE FROM", "SELECT EXISTS", "SELECT", "PRAGMA", "COMMIT"];
        var verb = verbs.FirstOrDefault(v => text.TrimStart().StartsWith(v, StringComparison.OrdinalIgnoreCase)) ?? text.Split(' ')[0];
        var from = text.IndexOf(verb is "SELECT" or "SELECT EXISTS" ? " FROM " : verb, StringComparison.OrdinalIgnoreCase);
        var rest = from >= 0 ? text[(from + (verb is "SELECT" or "SELECT EXISTS" ? 6 : verb.Length))..].TrimStart() : "";
        var table = new string(rest.TakeWhile(c => c != ' ' && c != '(').ToArray()).Trim('"');
        return table.Length > 0 ? $"{verb} {table}" : verb;
    }

    public static void Report(IReadOnlyList<TraceEvent> events, IReadOnlyList<(Guid Id, DateTimeOffset ActivatedAt, DateTimeOffset RecordedAt)> latencies, string? csvPath)
    {
        Console.WriteLine();
        Console.WriteLine($"--- database trace: {events.Count} operations ---");
        Console.WriteLine($"{"context",-14} {"operation",-34} {"count",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"total ms",9} {">=100ms",8}");
        foreach (var group in events
            .GroupBy(e => (e.Context, Name: e.Kind switch
            {
                Kind.Commit => "COMMIT",
                Kind.Open => "OPEN (+ PRAGMAs)",
                Kind.Reader => "reader " + Statement(e.Sql),
                Kind.Error => "ERROR " + Statement(e.Sql),
                _ => Statement(e.Sql),
            }))
            .OrderBy(g => g.Key.Context).ThenByDescending(g => g.Sum(e => e.Duration.TotalMilliseconds)))
        {
            var stats = new Percentiles(group.Select(e => e.Duration.TotalMilliseconds));
            var slow = group.Count(e => e.Duration.TotalMilliseconds >= 100);
            Console.WriteLine($"{group.Key.Context,-14} {Truncate(group.Key.Name, 34),-34} {stats.Count,6} {Percentiles.Ms(stats.At(50)),8} {Percentiles.Ms(stats.At(95)),8} " +
                $"{Percentiles.Ms(stats.Max),8} {group.Sum(e => e.Duration.TotalMilliseconds),9:0} {slow,8}");
        }

        ReportRelayPasses(events);
        ReportHandler(events, latencies);
        if (csvPath is not null)
        {
            WriteCsv(events, csvPath);
            Console.WriteLine($"trace written to {csvPath}");
        }
    }

    /// <summary>
    /// A relay pass of the CRM: its SELECT of due outbox rows (the reader's read count is the batch size), then the
    /// UPDATEs and SaveChanges' commit that mark them processed. Pass time = first SELECT start to the end of that commit.
    /// </summary>
    private static void ReportRelayPasses(IReadOnlyList<TraceEvent> events)
    {
        var crm = events.Where(e => e.Context == "ProviderCrm").ToList();
        var dueReads = crm.Where(IsDueRowsRead).ToList();
        if (dueReads.Count == 0)
        {
            return;
        }

        var batches = dueReads.Where(r => Rows(r) > 0).ToList();
        var passTimes = new List<double>();
        foreach (var read in batches)
        {
            var marked = crm.FirstOrDefault(e => e.Start > read.Start && e.Kind == Kind.Command
                && e.Sql.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) && e.Sql.Contains("outbox_messages", StringComparison.Ordinal));
            if (marked is not null)
            {
                passTimes.Add((marked.Start + marked.Duration - read.Start).TotalMilliseconds);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"CRM relay: {dueReads.Count} reads of due rows, {batches.Count} found work; rows per pass: " +
            (batches.Count > 0 ? new Percentiles(batches.Select(b => (double)Rows(b))).Describe().Replace(" ms", "", StringComparison.Ordinal) : "-"));
        if (passTimes.Count > 0)
        {
            Console.WriteLine($"CRM relay pass, due-rows SELECT to the UPDATE marking them processed (ms): {new Percentiles(passTimes).Describe()}");
        }
    }

    /// <summary>The prescriptions handler, per event: its inbox check (SELECT EXISTS inbox_messages) to its commit.</summary>
    private static void ReportHandler(IReadOnlyList<TraceEvent> events, IReadOnlyList<(Guid Id, DateTimeOffset ActivatedAt, DateTimeOffset RecordedAt)> latencies)
    {
        var rx = events.Where(e => e.Context == "Prescriptions").ToList();
        var handlerTimes = new List<double>();
        var gapsBetween = new List<double>();
        DateTimeOffset? previousEnd = null;
        for (var i = 0; i < rx.Count; i++)
        {
            var check = rx[i];
            if (check.Kind != Kind.Command || !check.Sql.Contains("inbox_messages", StringComparison.Ordinal) || !check.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var commit = rx.Skip(i + 1).FirstOrDefault(e => e.Kind == Kind.Commit);
            if (commit is null)
            {
                continue;
            }

            var end = commit.Start + commit.Duration;
            handlerTimes.Add((end - check.Start).TotalMilliseconds);
            if (previousEnd is { } before)
            {
                gapsBetween.Add((check.Start - before).TotalMilliseconds);
            }

            previousEnd = end;
        }

        if (handlerTimes.Count > 0)
        {
            Console.WriteLine($"prescriptions handler, inbox check to commit, per event (ms): {new Percentiles(handlerTimes).Describe()}");
            Console.WriteLine($"  sum {handlerTimes.Sum():0} ms over {handlerTimes.Count} events = {handlerTimes.Count / (handlerTimes.Sum() / 1000):0} events/s at most, one after another");
        }

        if (gapsBetween.Count > 0)
        {
            Console.WriteLine($"  gap from one handler's commit to the next one's inbox check (ms): {new Percentiles(gapsBetween).Describe()}");
        }

        // Where each event waited: commit in CRM -> picked up by a relay read -> recorded by the handler.
        var crmCommits = events.Where(e => e.Context == "ProviderCrm" && e.Kind == Kind.Commit).Select(e => e.Start + e.Duration).Order().ToList();
        var relayReads = events.Where(e => e.Context == "ProviderCrm" && IsDueRowsRead(e) && Rows(e) > 0).Select(e => e.Start).Order().ToList();
        if (relayReads.Count == 0 || latencies.Count == 0)
        {
            return;
        }

        var toPickup = new List<double>();
        var pickupToHandler = new List<double>();
        foreach (var (_, activatedAt, recordedAt) in latencies)
        {
            // The first relay read that started after this event's commit (the first commit at or after OccurredAt).
            var commitIndex = crmCommits.BinarySearch(activatedAt);
            var committedAt = commitIndex >= 0 ? crmCommits[commitIndex] : ~commitIndex < crmCommits.Count ? crmCommits[~commitIndex] : activatedAt;
            var readIndex = relayReads.BinarySearch(committedAt);
            var pickup = readIndex >= 0 ? relayReads[readIndex] : ~readIndex < relayReads.Count ? relayReads[~readIndex] : (DateTimeOffset?)null;
            if (pickup is { } at && at <= recordedAt)
            {
                toPickup.Add((at - activatedAt).TotalMilliseconds);
                pickupToHandler.Add((recordedAt - at).TotalMilliseconds);
            }
        }

        if (toPickup.Count > 0)
        {
            Console.WriteLine($"per event, OccurredAt to the relay read that picked it up (ms): {new Percentiles(toPickup).Describe()}");
            Console.WriteLine($"per event, that relay read to the handler's recorded_at (ms):   {new Percentiles(pickupToHandler).Describe()}");
        }
    }

    /// <summary>The relay's query of due outbox rows (ordered by sequence), as opposed to its other outbox queries.</summary>
    private static bool IsDueRowsRead(TraceEvent e) =>
        e.Kind == Kind.Reader && e.Sql.Contains("outbox_messages", StringComparison.Ordinal)
        && e.Sql.Contains("ORDER BY \"o\".\"sequence\"", StringComparison.Ordinal);

    /// <summary>EF counts every Read() call, the last one (which returns false) included, when a query is read to the end.</summary>
    private static int Rows(TraceEvent reader) => Math.Max(0, reader.Rows - 1);

    private static void WriteCsv(IReadOnlyList<TraceEvent> events, string path)
    {
        var csv = new StringBuilder("start_utc,context,kind,duration_ms,rows,thread,statement\n");
        foreach (var e in events)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{e.Start:yyyy-MM-dd HH:mm:ss.fffffff},{e.Context},{e.Kind},{e.Duration.TotalMilliseconds:0.000},{e.Rows},{e.Thread},\"{Statement(e.Sql)}\"\n");
        }

        File.WriteAllText(path, csv.ToString());
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}

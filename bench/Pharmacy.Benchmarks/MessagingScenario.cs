using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Pharmacy.Benchmarks;

/// <summary>
/// Commit-to-handler latency of an integration event: the CRM commits ProviderActivated to its outbox, the relay is
/// signalled, publishes over a Wolverine local queue, and the prescriptions handler records the prescriber through
/// its inbox. Per event, recorded_at (prescriptions' clock in the handler) minus activated_at (the event's
/// OccurredAt, set in the CRM just before its commit), both read from prescriptions.db.
/// </summary>
public static class MessagingScenario
{
    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss.fffffffzzz";
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Every module's schema, which is also its SQLite file name.</summary>
    private const string BenchmarkApiKey = "pk_benchmark_key_with_every_scope";
    private static readonly string[] ModuleSchemas =
    [
        Pharmacy.Modules.ProviderCrm.Persistence.ProviderCrmDbContext.SchemaName,
        Pharmacy.Modules.Prescriptions.Persistence.PrescriptionsDbContext.SchemaName,
        Pharmacy.Modules.Compounding.Persistence.CompoundingDbContext.SchemaName,
        Pharmacy.Modules.Inventory.Persistence.InventoryDbContext.SchemaName,
        Pharmacy.Modules.Quality.Persistence.QualityDbContext.SchemaName,
        Pharmacy.Modules.Billing.Persistence.BillingDbContext.SchemaName,
        Pharmacy.Modules.Reporting.Persistence.ReportingDbContext.SchemaName,
    ];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), $"pharmacy-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Console.WriteLine($"messaging: {arguments.Events} events, {arguments.Warmup} warm-up, pace " +
            (arguments.IntervalMs > 0 ? $"one activation every {arguments.IntervalMs.ToString(CultureInfo.InvariantCulture)} ms" : "back to back (each after the previous answer)"));
        Console.WriteLine($"SQLite folder: {folder}");
        if (arguments.SqliteCache is { } sqliteCache)
        {
            Console.WriteLine($"experiment: every module's SQLite connection with Cache={sqliteCache} (the host itself names no cache mode: SQLite's private cache)");
        }

        foreach (var (key, value) in arguments.Settings)
        {
            Console.WriteLine($"host setting: {key}={value}");
        }

        // WebApplicationFactory reads MvcTestingAppManifest.json (the host's content root) from the current directory,
        // which `dotnet run --project` leaves at the caller's; the manifest sits next to this harness.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using var trace = arguments.Trace ? new DatabaseTrace() : null;
        try
        {
            await using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Database:SqliteDirectory", folder);
                builder.UseSetting("Logging:LogLevel:Default", "Warning");
                // The API answers only authenticated clients: the benchmark acts as an external system with a key.
                builder.UseSetting("Demo:Users", "true");
                builder.UseSetting("Demo:ApiKey", BenchmarkApiKey);
                // Only the benchmark's own providers: no demo catalog, providers or demo work in the figures.
                builder.UseSetting("Demo:Data", "false");
                builder.UseSetting("Demo:Work", "false");
                if (arguments.SqliteCache is { } cache)
                {
                    foreach (var schema in ModuleSchemas)
                    {
                        var file = Path.Combine(folder, $"{schema}.db");
                        builder.UseSetting($"ConnectionStrings:Pharmacy.{schema}", $"Data Source={file};Cache={cache};Pooling=True");
                    }
                }

                foreach (var (key, value) in arguments.Settings)
                {
                    builder.UseSetting(key, value);
                }
            });
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", BenchmarkApiKey);
            var startup = total.Elapsed;
            Console.WriteLine($"host started in-process in {startup.TotalMilliseconds:0} ms");

            var prescriptionsDb = Path.Combine(folder, $"{Pharmacy.Modules.Prescriptions.Persistence.PrescriptionsDbContext.SchemaName}.db");
            var crmDb = Path.Combine(folder, $"{Pharmacy.Modules.ProviderCrm.Persistence.ProviderCrmDbContext.SchemaName}.db");
            if (!File.Exists(prescriptionsDb) || !File.Exists(crmDb))
            {
                throw new BenchmarkFailedException($"the host did not create its databases in {folder} (is Database:SqliteDirectory applied?)");
            }

            // Warm-up: the first message of each Wolverine handler compiles code at run time; none of this is counted.
            var warmup = Stopwatch.StartNew();
            var warmupIds = await RegisterAsync(client, 0, arguments.Warmup, cancellationToken);
            foreach (var id in warmupIds)
            {
                await ActivateAsync(client, id, cancellationToken);
            }

            await WaitForActiveAsync(prescriptionsDb, arguments.Warmup, cancellationToken);
            Console.WriteLine($"warm-up: {arguments.Warmup} providers registered, activated and delivered in {warmup.ElapsedMilliseconds} ms (not counted)");

            var registration = Stopwatch.StartNew();
            var ids = await RegisterAsync(client, arguments.Warmup, arguments.Events, cancellationToken);
            await WaitForEmptyOutboxAsync(crmDb, cancellationToken);
            Console.WriteLine($"registered {ids.Count} providers in {registration.ElapsedMilliseconds} ms (not counted; their ProviderRegistered rows were relayed before activations start)");

            // Measured: activations one after another, each awaited (the answer comes after the CRM commit), never
            // waiting for delivery in between.
            var httpTimes = new List<double>(ids.Count);
            using var threadPool = new ThreadPoolSampler();
            trace?.Start();
            var window = Stopwatch.StartNew();
            var paceStart = Stopwatch.GetTimestamp();
            for (var i = 0; i < ids.Count; i++)
            {
                if (arguments.IntervalMs > 0)
                {
                    var due = TimeSpan.FromMilliseconds(i * arguments.IntervalMs) - Stopwatch.GetElapsedTime(paceStart);
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, cancellationToken);
                    }
                }

                var sent = Stopwatch.GetTimestamp();
                await ActivateAsync(client, ids[i], cancellationToken);
                httpTimes.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            var activationPhase = window.Elapsed;
            await WaitForActiveAsync(prescriptionsDb, arguments.Warmup + ids.Count, cancellationToken);
            var deliveredPhase = window.Elapsed;
            var traced = trace?.Stop();
            threadPool.Stop();

            await VerifyThroughApiAsync(client, arguments.Warmup + ids.Count, cancellationToken);
            var latencies = await ReadLatenciesAsync(prescriptionsDb, ids, cancellationToken);
            var relayAcks = await ReadRelayAcknowledgementsAsync(crmDb, prescriptionsDb, ids, cancellationToken);

            var stats = new Percentiles(latencies.Select(l => l.LatencyMs));
            var firstActivated = latencies.Min(l => l.ActivatedAt);
            var lastRecorded = latencies.Max(l => l.RecordedAt);
            var deliverySpan = lastRecorded - firstActivated;
            var throughput = ids.Count / deliverySpan.TotalSeconds;
            var http = new Percentiles(httpTimes);

            Console.WriteLine();
            Console.WriteLine($"events measured:          {stats.Count}");
            Console.WriteLine($"commit-to-handler (ms):   {stats.Describe()}");
            Console.WriteLine($"activate HTTP round trip: {http.Describe()}");
            if (relayAcks is not null)
            {
                Console.WriteLine($"handler-to-outbox-processed (relay marks the row after its whole batch answered): {relayAcks.Describe()}");
            }

            Console.WriteLine($"process in the window:    {threadPool.Describe()}");
            Console.WriteLine($"activation phase:         {activationPhase.TotalMilliseconds:0} ms for {ids.Count} activations ({ids.Count / activationPhase.TotalSeconds:0.0} requests/s)");
            Console.WriteLine($"delivery:                 first commit to last handler {deliverySpan.TotalMilliseconds:0} ms; throughput {throughput:0.0} events/s");
            Console.WriteLine($"measured window:          {deliveredPhase.TotalMilliseconds:0} ms from first activation sent to all {ids.Count} seen active in prescriptions");
            Console.WriteLine($"total wall time:          {total.Elapsed.TotalSeconds:0.00} s (host start, warm-up, registration, measured window, read-back)");
            var offered = ids.Count / activationPhase.TotalSeconds;
            if (throughput < 0.95 * offered)
            {
                Console.WriteLine($"note: activations ({offered:0}/s) outran delivery ({throughput:0}/s), so events queued and the latency " +
                    "grows with --events; pace them with --interval-ms to measure latency below saturation");
            }

            Console.WriteLine();
            Console.WriteLine($"commit-to-handler latency over {stats.Count} events: p50 {Percentiles.Ms(stats.At(50))} ms, p95 {Percentiles.Ms(stats.At(95))} ms, " +
                $"p99 {Percentiles.Ms(stats.At(99))} ms, max {Percentiles.Ms(stats.Max)} ms; throughput {throughput:0.0} events/s; measured window {deliveredPhase.TotalSeconds:0.00} s, total wall time {total.Elapsed.TotalSeconds:0.00} s");
            if (traced is not null)
            {
                DatabaseTrace.Report(traced, [.. latencies.Select(l => (l.ProviderId, l.ActivatedAt, l.RecordedAt))], arguments.TraceFile);
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (arguments.KeepData)
            {
                Console.WriteLine($"kept {folder}");
            }
            else
            {
                TryDelete(folder);
            }
        }
    }

    private static async Task<List<Guid>> RegisterAsync(HttpClient client, int firstIndex, int count, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(count);
        for (var i = firstIndex; i < firstIndex + count; i++)
        {
            var body = new
            {
                npi = Npis.At(i),
                firstName = "Bench",
                lastName = $"Provider{i:D6}",
                credential = "MD",
                email = $"bench{i}@example.test",
            };
            using var response = await client.PostAsJsonAsync("/api/crm/providers", body, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new BenchmarkFailedException(
                    $"POST /api/crm/providers answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            var created = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var id = created.GetProperty("id").GetGuid();
            await OnboardAsync(client, id, cancellationToken);
            ids.Add(id);
        }

        return ids;
    }

    /// <summary>A licence, a DEA registration (the last names all start with P) and the whole checklist: activation needs them.</summary>
    private static async Task OnboardAsync(HttpClient client, Guid id, CancellationToken cancellationToken)
    {
        var expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd");
        List<(string Path, object Body)> steps =
        [
            ("licences", new { state = "TX", number = "TX-BENCH", expiresOn }),
            ("dea-registrations", new { number = "BP1234563", schedules = new[] { "2", "3", "4", "5" }, expiresOn }),
            .. new[] { "LicenceVerified", "DeaVerified", "AgreementSigned", "W9OnFile", "PortalUsersInvited" }.Select(item => ("onboarding", (object)new { item })),
        ];
        foreach (var (path, body) in steps)
        {
            using var response = await client.PostAsJsonAsync($"/api/crm/providers/{id}/{path}", body, cancellationToken);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new BenchmarkFailedException(
                    $"POST /api/crm/providers/{id}/{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }
    }

    private static async Task ActivateAsync(HttpClient client, Guid id, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsync($"/api/crm/providers/{id}/activate", content: null, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new BenchmarkFailedException(
                $"POST /api/crm/providers/{id}/activate answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>
    /// Polls prescriptions.db on a connection of its own (a WAL reader), so it neither waits for the host's
    /// connections nor goes through the host's request pipeline.
    /// </summary>
    private static async Task WaitForActiveAsync(string prescriptionsDb, int expected, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        await using var connection = await OpenAsync(prescriptionsDb, cancellationToken);
        long active = 0;
        while (deadline.Elapsed < DeliveryTimeout)
        {
            active = await ScalarAsync(connection, "SELECT count(*) FROM prescribers WHERE is_active = 1", cancellationToken);
            if (active >= expected)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new BenchmarkFailedException($"only {active} of {expected} prescribers active in prescriptions after {DeliveryTimeout.TotalSeconds:0} s");
    }

    private static async Task WaitForEmptyOutboxAsync(string crmDb, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        await using var connection = await OpenAsync(crmDb, cancellationToken);
        long waiting = 0;
        while (deadline.Elapsed < DeliveryTimeout)
        {
            waiting = await ScalarAsync(connection, "SELECT count(*) FROM outbox_messages WHERE processed_at IS NULL", cancellationToken);
            if (waiting == 0)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new BenchmarkFailedException($"{waiting} CRM outbox rows still unprocessed after {DeliveryTimeout.TotalSeconds:0} s");
    }

    /// <summary>The API's view must agree: every provider active, through GET /api/prescriptions/prescribers.</summary>
    private static async Task VerifyThroughApiAsync(HttpClient client, int expected, CancellationToken cancellationToken)
    {
        var active = 0;
        var seen = 0;
        for (var page = 1; ; page++)
        {
            var result = await client.GetFromJsonAsync<JsonElement>($"/api/prescriptions/prescribers?pageSize=200&page={page}", cancellationToken);
            var items = result.GetProperty("items");
            active += items.EnumerateArray().Count(item => item.GetProperty("isActive").GetBoolean());
            seen += items.GetArrayLength();
            if (items.GetArrayLength() == 0 || seen >= result.GetProperty("totalCount").GetInt32())
            {
                break;
            }
        }

        if (active != expected)
        {
            throw new BenchmarkFailedException($"GET /api/prescriptions/prescribers shows {active} active prescribers, expected {expected}");
        }
    }

    private sealed record Latency(Guid ProviderId, DateTimeOffset ActivatedAt, DateTimeOffset RecordedAt)
    {
        public double LatencyMs => (RecordedAt - ActivatedAt).TotalMilliseconds;
    }

    private static async Task<List<Latency>> ReadLatenciesAsync(string prescriptionsDb, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        var latencies = new List<Latency>(ids.Count);
        await using var connection = await OpenAsync(prescriptionsDb, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT provider_id, activated_at, recorded_at FROM prescribers WHERE is_active = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = Guid.Parse(reader.GetString(0));
            if (wanted.Contains(id))
            {
                latencies.Add(new Latency(id, ParseTimestamp(reader.GetString(1)), ParseTimestamp(reader.GetString(2))));
            }
        }

        if (latencies.Count != ids.Count)
        {
            throw new BenchmarkFailedException($"prescriptions.db has {latencies.Count} of the {ids.Count} measured prescribers");
        }

        return latencies;
    }

    /// <summary>
    /// From the CRM outbox: when the relay marked each ProviderActivated row processed, minus when the handler
    /// recorded it. That is the relay's share after delivery (waiting for the rest of its batch, then saving).
    /// </summary>
    private static async Task<Percentiles?> ReadRelayAcknowledgementsAsync(
        string crmDb, string prescriptionsDb, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var recorded = new Dictionary<Guid, DateTimeOffset>();
        await using (var prescriptions = await OpenAsync(prescriptionsDb, cancellationToken))
        {
            await using var command = prescriptions.CreateCommand();
            command.CommandText = "SELECT provider_id, recorded_at FROM prescribers";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                recorded[Guid.Parse(reader.GetString(0))] = ParseTimestamp(reader.GetString(1));
            }
        }

        var wanted = ids.ToHashSet();
        var acks = new List<double>(ids.Count);
        await using var crm = await OpenAsync(crmDb, cancellationToken);
        await using var outbox = crm.CreateCommand();
        outbox.CommandText = "SELECT payload, processed_at FROM outbox_messages WHERE type LIKE '%.ProviderActivated,%' AND processed_at IS NOT NULL";
        await using var rows = await outbox.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            using var payload = JsonDocument.Parse(rows.GetString(0));
            if (payload.RootElement.TryGetProperty("providerId", out var idElement) && idElement.TryGetGuid(out var id)
                && wanted.Contains(id) && recorded.TryGetValue(id, out var recordedAt))
            {
                acks.Add((ParseTimestamp(rows.GetString(1)) - recordedAt).TotalMilliseconds);
            }
        }

        return acks.Count == 0 ? null : new Percentiles(acks);
    }

    private static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.ParseExact(value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"could not delete {folder}: {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"could not delete {folder}: {exception.Message}");
        }
    }
}

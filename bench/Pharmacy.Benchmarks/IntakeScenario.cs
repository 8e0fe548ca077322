using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Pharmacy.Benchmarks;

/// <summary>
/// A burst of prescriptions from several clients at once, over real HTTP (Kestrel on loopback), side by side with a
/// bare endpoint that inserts the same row: first the bare endpoint, then the product's POST /api/prescriptions with
/// an API key. Per side: requests/s and latency percentiles. For the product also: how many of the burst Reporting
/// had when the last 201 came back, and how long after it Reporting had them all (its prescriptions_received rows,
/// polled on a private connection every 10 ms). With --trace: every statement SQLite ran, per intake, on both sides.
/// </summary>
public static class IntakeScenario
{
    private const string BenchmarkApiKey = "pk_benchmark_key_with_every_scope";
    private const string PrescriberNpi = "1234567893";
    private const string FormulaCode = "LDN-4.5-CAP";
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pharmacy-bench-intake-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Console.WriteLine($"intake: {arguments.Requests} prescriptions from {arguments.Clients} clients, bare endpoint then product, {arguments.Rounds} round(s)");
        Console.WriteLine($"SQLite folder: {folder}");
        foreach (var (key, value) in arguments.Settings)
        {
            Console.WriteLine($"host setting: {key}={value}");
        }

        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using var statements = arguments.Trace ? new SqliteStatementCounter() : null;
        try
        {
            await using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Database:SqliteDirectory", folder);
                // A port of its own: other runs on the machine may hold the defaults.
                builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
                builder.UseSetting("Logging:LogLevel:Default", "Warning");
                builder.UseSetting("Demo:Users", "true");
                builder.UseSetting("Demo:ApiKey", BenchmarkApiKey);
                // The demo prescribers and formulas, so that every prescription of the burst is accepted; no demo work.
                builder.UseSetting("Demo:Data", "true");
                builder.UseSetting("Demo:Work", "false");
                // The burst is the point: the per-key limit must not refuse it.
                builder.UseSetting("RateLimits:ApiKey:TokenLimit", "100000000");
                builder.UseSetting("RateLimits:ApiKey:TokensPerPeriod", "100000000");
                foreach (var (key, value) in arguments.Settings)
                {
                    builder.UseSetting(key, value);
                }
            });
            factory.UseKestrel();
            factory.StartServer();
            var productUrl = Loopback(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            await using var bare = await BareIntakeApp.StartAsync(folder, cancellationToken);
            var bareUrl = Loopback(bare.BaseUrl);
            Console.WriteLine($"product at {productUrl}, bare endpoint at {bareUrl}");

            using var productClient = Client(productUrl, arguments.Clients, BenchmarkApiKey);
            using var bareClient = Client(bareUrl, arguments.Clients, apiKey: null);
            var reportingDb = Path.Combine(folder, $"{Pharmacy.Modules.Reporting.Persistence.ReportingDbContext.SchemaName}.db");
            var prescriptionsDb = Path.Combine(folder, $"{Pharmacy.Modules.Prescriptions.Persistence.PrescriptionsDbContext.SchemaName}.db");
            await WaitForQuietOutboxesAsync(folder, cancellationToken);

            // Warm-up, not counted: JIT, connection pools, Wolverine's handler code, both sides.
            var warmup = Math.Max(arguments.Clients * 10, arguments.Warmup);
            await BurstAsync(bareClient, BareIntakeApp.Path, "warm-bare", warmup, arguments.Clients, cancellationToken);
            var warmProduct = await BurstAsync(productClient, "/api/prescriptions", "warm-product", warmup, arguments.Clients, cancellationToken);
            await WaitForReportingAsync(reportingDb, await CountAsync(prescriptionsDb, "SELECT count(*) FROM prescriptions", cancellationToken), cancellationToken);
            Console.WriteLine($"warm-up: {warmup} each side, not counted (product {warmProduct.Throughput:0}/s)");

            for (var round = 1; round <= arguments.Rounds; round++)
            {
                Console.WriteLine();
                Console.WriteLine($"--- round {round} ---");
                statements?.Start();
                var bareBurst = await BurstAsync(bareClient, BareIntakeApp.Path, $"bare-{round}", arguments.Requests, arguments.Clients, cancellationToken);
                var bareStatements = statements?.Stop();
                Console.WriteLine($"bare:    {bareBurst.Describe()}");

                var expected = await CountAsync(prescriptionsDb, "SELECT count(*) FROM prescriptions", cancellationToken) + arguments.Requests;
                statements?.Start();
                var productBurst = await BurstAsync(productClient, "/api/prescriptions", $"product-{round}", arguments.Requests, arguments.Clients, cancellationToken);
                var atLast201 = await CountAsync(reportingDb, "SELECT count(*) FROM prescriptions_received", cancellationToken);
                var caughtUp = await WaitForReportingAsync(reportingDb, expected, cancellationToken);
                var productStatements = statements?.Stop();
                var reportingBefore = expected - arguments.Requests;
                Console.WriteLine($"product: {productBurst.Describe()}");
                Console.WriteLine($"ratio:   bare/product throughput {bareBurst.Throughput / productBurst.Throughput:0.00}, product/bare p95 {productBurst.Latency.At(95) / bareBurst.Latency.At(95):0.00}");
                var delivered = expected - reportingBefore;
                var deliverySeconds = (productBurst.Elapsed + caughtUp).TotalSeconds;
                Console.WriteLine($"reporting: {atLast201 - reportingBefore} of {arguments.Requests} at the last 201; all {caughtUp.TotalMilliseconds:0} ms after it " +
                    $"({delivered / deliverySeconds:0} events/s from the first request to the last event in Reporting)");
                if (bareStatements is not null && productStatements is not null)
                {
                    ReportStatements("bare", bareStatements, arguments.Requests);
                    ReportStatements("product", productStatements, arguments.Requests);
                }

                Console.WriteLine();
                Console.WriteLine($"intake round {round}: product {productBurst.Throughput:0}/s p95 {Percentiles.Ms(productBurst.Latency.At(95))} ms, " +
                    $"bare {bareBurst.Throughput:0}/s p95 {Percentiles.Ms(bareBurst.Latency.At(95))} ms, ratio {bareBurst.Throughput / productBurst.Throughput:0.00}; " +
                    $"reporting caught up {caughtUp.TotalMilliseconds:0} ms after the last 201");
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
                MessagingScenario.TryDelete(folder);
            }
        }
    }

    private sealed record Burst(int Count, TimeSpan Elapsed, Percentiles Latency)
    {
        public double Throughput => Count / Elapsed.TotalSeconds;

        public string Describe() => $"{Count} in {Elapsed.TotalMilliseconds:0} ms = {Throughput:0} requests/s; latency {Latency.Describe()}";
    }

    /// <summary>Each client sends the next prescription as soon as its previous one is answered, until all are sent.</summary>
    private static async Task<Burst> BurstAsync(HttpClient client, string path, string tag, int count, int clients, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        var next = -1;
        var writtenOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                using var content = new StringContent(Body(tag, i, writtenOn), Encoding.UTF8, "application/json");
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync(path, content, cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new BenchmarkFailedException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        return new Burst(count, Stopwatch.GetElapsedTime(started), new Percentiles(latencies));
    }

    private static string Body(string tag, int i, string writtenOn) =>
        $$"""
        {"prescriberNpi":"{{PrescriberNpi}}","patient":{"firstName":"Bench","lastName":"Patient{{i:D6}}","dateOfBirth":"1970-01-01","sex":"Female","state":"TX"},"formulaCode":"{{FormulaCode}}","quantity":30,"directions":"Take one capsule by mouth at bedtime","daysSupply":30,"refills":2,"writtenOn":"{{writtenOn}}","externalId":"{{tag}}-{{i}}"}
        """;

    private static void ReportStatements(string side, IReadOnlyDictionary<(string File, string Statement), long> counts, int requests)
    {
        var total = counts.Values.Sum();
        Console.WriteLine($"{side}: {total / (double)requests:0.0} SQLite statements per intake ({total} over {requests}), by file and statement:");
        foreach (var ((file, statement), count) in counts.OrderBy(c => c.Key.File).ThenByDescending(c => c.Value))
        {
            Console.WriteLine($"  {file,-18} {statement,-44} {count / (double)requests,7:0.00} per intake ({count})");
        }
    }

    private static HttpClient Client(string baseUrl, int clients, string? apiKey)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    private static string Loopback(string address) =>
        address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

    /// <summary>The demo data's events (providers, formulas, prescriptions) are delivered before anything is measured.</summary>
    private static async Task WaitForQuietOutboxesAsync(string folder, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < CatchUpTimeout)
        {
            long waiting = 0;
            foreach (var file in Directory.GetFiles(folder, "*.db").Where(f => Path.GetFileName(f) is not ("bare.db" or "identity.db")))
            {
                waiting += await CountAsync(file, "SELECT count(*) FROM outbox_messages WHERE processed_at IS NULL AND dead_lettered_at IS NULL", cancellationToken);
            }

            if (waiting == 0)
            {
                return;
            }

            await Task.Delay(PollInterval * 10, cancellationToken);
        }

        throw new BenchmarkFailedException("the demo data's events were not all delivered before the burst");
    }

    /// <summary>Polls until Reporting has at least <paramref name="expected"/> received prescriptions; the time it took.</summary>
    private static async Task<TimeSpan> WaitForReportingAsync(string reportingDb, long expected, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        long seen = 0;
        while (waited.Elapsed < CatchUpTimeout)
        {
            seen = await CountAsync(reportingDb, "SELECT count(*) FROM prescriptions_received", cancellationToken);
            if (seen >= expected)
            {
                return waited.Elapsed;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new BenchmarkFailedException($"Reporting has {seen} of {expected} received prescriptions after {CatchUpTimeout.TotalSeconds:0} s");
    }

    private static async Task<long> CountAsync(string path, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}

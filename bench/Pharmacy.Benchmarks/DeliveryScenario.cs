using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pharmacy.Benchmarks;

/// <summary>
/// B3 at a steady rate: the commit-to-handler latency of ProviderActivated, CRM to Prescriptions, in the real host
/// process. The activations are sent open loop at <c>--rates</c> per second for <c>--rate-seconds</c> each (a request
/// starts when it is due, whether the previous one answered or not). Per event, latency = recorded_at - activated_at
/// of its prescribers row in prescriptions.db (activated_at is the event's OccurredAt, set in the CRM just before its
/// commit; recorded_at is the Prescriptions handler's clock; same process, same clock), read on a private read-only
/// connection after delivery.
/// </summary>
public static class DeliveryScenario
{
    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss.fffffffzzz";
    private const string ActiveCount = "SELECT count(*) FROM prescribers WHERE is_active = 1";
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(BenchmarkArguments arguments, AppUnderTest product, FigureSet figures, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"B3 delivery: ProviderActivated CRM -> Prescriptions at {string.Join(" and ", arguments.Rates.Select(r => $"{r}/s"))}, {arguments.RateSeconds} s each");
        using var client = LoadRunner.Client(product.BaseAddress, connections: 256, HostSettings.ApiKey);
        var next = 0;
        var warmup = await RegisterAsync(client, next, arguments.Warmup, cancellationToken);
        next += warmup.Count;
        await product.Databases.WaitUntilQuietAsync(DeliveryTimeout, cancellationToken);
        var before = await product.Databases.ScalarAsync(HostDatabases.Prescriptions, ActiveCount, cancellationToken);
        await ActivatePacedAsync(client, warmup, rate: 50, cancellationToken);
        await product.Databases.WaitForCountAsync(HostDatabases.Prescriptions, ActiveCount, before + warmup.Count, DeliveryTimeout, cancellationToken);
        Console.WriteLine($"warm-up: {warmup.Count} providers registered, activated and delivered (not counted)");

        foreach (var rate in arguments.Rates)
        {
            var count = Math.Max(1, (int)Math.Round(rate * arguments.RateSeconds));
            var ids = await RegisterAsync(client, next, count, cancellationToken);
            next += count;
            await product.Databases.WaitUntilQuietAsync(DeliveryTimeout, cancellationToken);
            before = await product.Databases.ScalarAsync(HostDatabases.Prescriptions, ActiveCount, cancellationToken);

            figures.BeginMeasurement();
            var (offered, http, failures) = await ActivatePacedAsync(client, ids, rate, cancellationToken);
            await product.Databases.WaitForCountAsync(HostDatabases.Prescriptions, ActiveCount, before + ids.Count - failures, DeliveryTimeout, cancellationToken);
            var (latencies, deliveredPerSecond) = await ReadLatenciesAsync(product.Databases, ids, cancellationToken);
            var stats = new Percentiles(latencies);
            var saturated = deliveredPerSecond < 0.95 * offered
                ? $"; SATURATED: delivered {deliveredPerSecond:0}/s, below the {offered:0}/s offered, so events queued and the latency measures the queue"
                : $"; delivered {deliveredPerSecond:0}/s";
            Console.WriteLine($"{rate}/s: {ids.Count} activations offered at {offered:0.0}/s; commit-to-handler {stats.Describe()}; " +
                $"activate round trip p50 {Percentiles.Ms(http.At(50))} p95 {Percentiles.Ms(http.At(95))} ms{saturated}; {MachineState.Now()}");
            if (failures > 0)
            {
                Console.WriteLine($"    {failures} activations were not answered 204");
            }

            var note = $"offered {offered:0.0}/s open loop; p99 {Percentiles.Ms(stats.At(99))} ms, max {Percentiles.Ms(stats.Max)} ms; " +
                $"activate round trip p95 {Percentiles.Ms(http.At(95))} ms{saturated}" + (failures > 0 ? $"; {failures} activations not answered 204" : "");
            var name = $"commit-to-handler at {rate.ToString(CultureInfo.InvariantCulture)}/s";
            figures.Add("B3 delivery", $"{name} p50", stats.At(50), "ms", stats.Count, "demo", note);
            figures.Add("B3 delivery", $"{name} p95", stats.At(95), "ms", stats.Count, "demo", null);
            await product.Databases.WaitUntilQuietAsync(DeliveryTimeout, cancellationToken);
        }
    }

    /// <summary>Registers providers with distinct valid NPIs, 8 at a time; not measured.</summary>
    private static async Task<List<Guid>> RegisterAsync(HttpClient client, int firstIndex, int count, CancellationToken cancellationToken)
    {
        var ids = new Guid[count];
        var next = -1;

        async Task Loop()
        {
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= count)
                {
                    return;
                }

                var i = firstIndex + n;
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
                ids[n] = created.GetProperty("id").GetGuid();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(Loop, cancellationToken)));
        return [.. ids];
    }

    /// <summary>Starts activation i at i/rate seconds, without waiting for earlier ones; returns the rate achieved and the round trips.</summary>
    private static async Task<(double Offered, Percentiles Http, int Failures)> ActivatePacedAsync(
        HttpClient client, IReadOnlyList<Guid> ids, double rate, CancellationToken cancellationToken)
    {
        var sends = new List<Task<(double Ms, bool Ok)>>(ids.Count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < ids.Count; i++)
        {
            var wait = TimeSpan.FromSeconds(i / rate) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            sends.Add(ActivateAsync(client, ids[i], cancellationToken));
        }

        var lastStart = Stopwatch.GetElapsedTime(start);
        var results = await Task.WhenAll(sends);
        var offered = ids.Count > 1 ? (ids.Count - 1) / lastStart.TotalSeconds : rate;
        return (offered, new Percentiles(results.Select(r => r.Ms)), results.Count(r => !r.Ok));
    }

    private static async Task<(double Ms, bool Ok)> ActivateAsync(HttpClient client, Guid id, CancellationToken cancellationToken)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsync($"/api/crm/providers/{id}/activate", content: null, cancellationToken);
            return (Stopwatch.GetElapsedTime(sent).TotalMilliseconds, response.StatusCode == HttpStatusCode.NoContent);
        }
        catch (HttpRequestException)
        {
            return (Stopwatch.GetElapsedTime(sent).TotalMilliseconds, false);
        }
    }

    /// <summary>Per event, handler time minus commit time; and the events per second from the first commit to the last handler.</summary>
    private static async Task<(List<double> Latencies, double DeliveredPerSecond)> ReadLatenciesAsync(
        HostDatabases databases, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        var rows = await databases.ReadAsync(
            HostDatabases.Prescriptions, "SELECT provider_id, activated_at, recorded_at FROM prescribers WHERE is_active = 1",
            r => (Id: Guid.Parse(r.GetString(0)), ActivatedAt: Parse(r.GetString(1)), RecordedAt: Parse(r.GetString(2))), cancellationToken);
        var measured = rows.Where(row => wanted.Contains(row.Id)).ToList();
        if (measured.Count == 0)
        {
            throw new BenchmarkFailedException("prescriptions.db has none of the activated prescribers");
        }

        var span = measured.Max(row => row.RecordedAt) - measured.Min(row => row.ActivatedAt);
        var perSecond = measured.Count > 1 && span > TimeSpan.Zero ? (measured.Count - 1) / span.TotalSeconds : double.PositiveInfinity;
        return ([.. measured.Select(row => (row.RecordedAt - row.ActivatedAt).TotalMilliseconds)], perSecond);
    }

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Pharmacy.Benchmarks;

/// <summary>
/// B4: the staff queues' queries, one request at a time: the prescription queue (GET /api/prescriptions, the query
/// the Prescriptions queue page runs) and the batch queue (GET /api/compounding/batches, the Compounding batches
/// page's query), each as its first page, a search and a deep page (the last one). Server time is the Server-Timing
/// header's duration when the host sends one, else the client round trip on loopback; the figure says which.
/// </summary>
public static class QueueScenario
{
    private const int PageSize = 25;
    private const int WarmupPerQuery = 10;

    public static async Task RunAsync(BenchmarkArguments arguments, AppUnderTest host, string data, FigureSet figures, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"B4 queues on {data} data: {arguments.Queries} requests per query, one at a time, after {WarmupPerQuery} not counted");
        using var client = LoadRunner.Client(host.BaseAddress, connections: 1, HostSettings.ApiKey);
        var queries = new List<(string Name, string Path)>();

        var prescriptions = await PageAsync(client, "/api/prescriptions?page=1", cancellationToken);
        var prescriptionPages = Pages(prescriptions.Total);
        var middle = await PageAsync(client, $"/api/prescriptions?page={Math.Max(1, (prescriptionPages + 1) / 2)}", cancellationToken);
        if (middle.Items.Count > 0)
        {
            var sample = middle.Items[0];
            var lastName = sample.GetProperty("patientName").GetString()!.Split(',')[0].Trim();
            var rxNumber = sample.GetProperty("rxNumber").GetInt64();
            queries.Add(("verification queue (Received), first page", "/api/prescriptions?status=Received&page=1"));
            queries.Add(("prescriptions, patient-name search", $"/api/prescriptions?search={Uri.EscapeDataString(lastName)}&page=1"));
            queries.Add(("prescriptions, Rx-number search", $"/api/prescriptions?search={rxNumber.ToString(CultureInfo.InvariantCulture)}&page=1"));
            queries.Add(($"prescriptions, deep page ({prescriptionPages} of {prescriptionPages})", $"/api/prescriptions?page={prescriptionPages}"));
        }

        var batches = await PageAsync(client, "/api/compounding/batches?page=1", cancellationToken);
        var batchPages = Pages(batches.Total);
        var middleBatches = await PageAsync(client, $"/api/compounding/batches?page={Math.Max(1, (batchPages + 1) / 2)}", cancellationToken);
        if (middleBatches.Items.Count > 0)
        {
            var sample = middleBatches.Items[0];
            queries.Add(("production queue (batches), first page", "/api/compounding/batches?page=1"));
            queries.Add(("batches, batch-number search", $"/api/compounding/batches?search={Uri.EscapeDataString(sample.GetProperty("batchNumber").GetString()!)}&page=1"));
            queries.Add(("batches, formula search", $"/api/compounding/batches?search={Uri.EscapeDataString(sample.GetProperty("formulaCode").GetString()!)}&page=1"));
            queries.Add(($"batches, deep page ({batchPages} of {batchPages})", $"/api/compounding/batches?page={batchPages}"));
        }
        else
        {
            Console.WriteLine("no batches in this data: the production queue is not measured");
        }

        Console.WriteLine($"{prescriptions.Total} prescriptions, {batches.Total} batches");
        foreach (var (name, path) in queries)
        {
            figures.BeginMeasurement();
            var (times, serverTiming, matched) = await MeasureAsync(client, path, arguments.Queries, cancellationToken);
            var stats = new Percentiles(times);
            var source = serverTiming ? "Server-Timing header" : "client round trip on loopback (the host sends no Server-Timing header)";
            Console.WriteLine($"{name}: {stats.Describe()} (rows matching: {matched}; {(serverTiming ? "Server-Timing" : "round trip")}) GET {path}");
            var note = $"GET {path}; rows matching: {matched}; {source}";
            figures.Add("B4 queues", $"{name} p50", stats.At(50), "ms", stats.Count, data, note);
            figures.Add("B4 queues", $"{name} p95", stats.At(95), "ms", stats.Count, data, null);
        }
    }

    private static int Pages(long total) => (int)Math.Max(1, (total + PageSize - 1) / PageSize);

    private sealed record Page(long Total, IReadOnlyList<JsonElement> Items);

    private static async Task<Page> PageAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {path} answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new Page(root.GetProperty("totalCount").GetInt64(), [.. root.GetProperty("items").EnumerateArray().Select(item => item.Clone())]);
    }

    private static async Task<(List<double> Times, bool ServerTiming, long Matched)> MeasureAsync(
        HttpClient client, string path, int count, CancellationToken cancellationToken)
    {
        var roundTrips = new List<double>(count);
        var server = new List<double>(count);
        long matched = 0;
        for (var i = 0; i < WarmupPerQuery + count; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkFailedException($"GET {path} answered {(int)response.StatusCode}: {body}");
            }

            if (i < WarmupPerQuery)
            {
                if (i == 0)
                {
                    using var document = JsonDocument.Parse(body);
                    matched = document.RootElement.GetProperty("totalCount").GetInt64();
                }

                continue;
            }

            roundTrips.Add(elapsed);
            if (ServerDuration(response) is { } duration)
            {
                server.Add(duration);
            }
        }

        return server.Count == roundTrips.Count ? (server, true, matched) : (roundTrips, false, matched);
    }

    /// <summary>The first <c>dur=</c> of a Server-Timing header (in ms, as the header gives it), if any.</summary>
    private static double? ServerDuration(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return null;
        }

        foreach (var part in values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.TrimEntries)))
        {
            if (part.StartsWith("dur=", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(part[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var duration))
            {
                return duration;
            }
        }

        return null;
    }
}

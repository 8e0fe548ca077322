using System.Diagnostics;
using System.Net;

namespace Pharmacy.Benchmarks;

/// <summary>
/// B1, B2 and the catch-up of B3: <c>--requests</c> prescriptions sent by <c>--clients</c> concurrent clients to the
/// product's <c>POST /api/prescriptions</c> and the same bodies to the bare baseline's endpoint, interleaved; then how
/// long after the product's last 201 Reporting's read model has every one of them; and the processes' memory.
/// </summary>
/// <remarks>
/// Interleaving (<c>--rounds R</c>): the product's requests go in R rounds, the bare app's in R+1 stretches around
/// them (half a round first and last), so that drift in the machine's load hits both sides alike. Before every
/// stretch both apps are idle: after a product round the harness waits until Reporting has caught up and every
/// outbox is empty, so the product's background work never runs during the bare app's turn. The default R=1 (bare
/// half, product burst, bare half) keeps the product's requests one burst: that is what the catch-up figure is about,
/// and it is the honest intake figure too, since with R&gt;1 the delivery work done between rounds is left out of B1's time.
/// </remarks>
public static class IntakeScenario
{
    private const string ReportingCount = "SELECT count(*) FROM prescriptions_received WHERE received_at IS NOT NULL";
    private const string IntakePath = "/api/prescriptions";
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchmarkArguments arguments, Workspace workspace, AppUnderTest product, FigureSet figures, CancellationToken cancellationToken)
    {
        var requests = arguments.Requests;
        var clients = arguments.Clients;
        Console.WriteLine();
        Console.WriteLine($"B1/B2 intake: {requests} requests to each side from {clients} clients, {arguments.Rounds} product round(s), interleaved with the bare app");
        await using var bare = await AppUnderTest.StartBareAsync(arguments, workspace.NewFolder("bare"), cancellationToken);
        Console.WriteLine($"bare app ready in {bare.ReadyAfter.TotalMilliseconds:0} ms at {bare.BaseAddress} (pid {bare.Process.Id})");
        var intake = await IntakeRequests.FromHostAsync(product.Databases, cancellationToken);
        Console.WriteLine($"bodies: {intake.Prescribers} active prescribers and {intake.Formulas} approved non-controlled formulas from the host's prescriptions.db, a new externalId each");

        using var productClient = LoadRunner.Client(product.BaseAddress, clients, HostSettings.ApiKey);
        using var bareClient = LoadRunner.Client(bare.BaseAddress, clients, apiKey: null);

        // Warm-up, not counted: JIT, connection pools, the first message of each Wolverine handler.
        var warmup = intake.Bodies("warm-up", 0, arguments.IntakeWarmup);
        Require(await LoadRunner.PostAllAsync(productClient, IntakePath, warmup, clients, HttpStatusCode.Created, cancellationToken), "host warm-up");
        Require(await LoadRunner.PostAllAsync(bareClient, IntakePath, warmup, clients, HttpStatusCode.Created, cancellationToken), "bare warm-up");
        await product.Databases.WaitUntilQuietAsync(CatchUpTimeout, cancellationToken);
        Console.WriteLine($"warm-up: {warmup.Count} requests to each side, host quiet again (not counted)");

        var bodies = intake.Bodies("measured", 0, requests);
        var reportingBefore = await product.Databases.ScalarAsync(HostDatabases.Reporting, ReportingCount, cancellationToken);
        var productResults = new List<LoadResult>();
        var bareResults = new List<LoadResult>();
        var catchUps = new List<(int Round, int Size, long AtLast, TimeSpan CatchUp)>();
        long hostRssAtLast = 0;
        long hostRssAfterCatchUp = 0;
        var productSent = 0;
        var bareSent = 0;
        var plan = Plan(requests, arguments.Rounds);
        figures.BeginMeasurement();
        for (var step = 0; step < plan.Count; step++)
        {
            var (isProduct, size) = plan[step];
            var label = $"[{step + 1}/{plan.Count}] {(isProduct ? "host" : "bare")} {size} requests";
            if (!isProduct)
            {
                var result = await LoadRunner.PostAllAsync(bareClient, IntakePath, bodies.GetRange(bareSent, size), clients, HttpStatusCode.Created, cancellationToken);
                bareSent += size;
                bareResults.Add(result);
                if (result.Succeeded == 0)
                {
                    throw new BenchmarkFailedException($"the bare app answered no request with 201: {string.Join("; ", result.OtherSamples)}");
                }

                Console.WriteLine($"{label}: {Describe(result)}; {MachineState.Now()}");
                continue;
            }

            var burst = await LoadRunner.PostAllAsync(productClient, IntakePath, bodies.GetRange(productSent, size), clients, HttpStatusCode.Created, cancellationToken);
            var acceptedBefore = productResults.Sum(r => r.Succeeded);
            productSent += size;
            productResults.Add(burst);
            if (burst.Succeeded == 0)
            {
                throw new BenchmarkFailedException($"the host answered no request with 201: {string.Join("; ", burst.OtherSamples)}");
            }

            // Read as soon as the last request answered: how far Reporting got while the burst ran.
            var atLast = await product.Databases.ScalarAsync(HostDatabases.Reporting, ReportingCount, cancellationToken) - reportingBefore - acceptedBefore;
            hostRssAtLast = product.Process.ResidentBytes();
            var expected = reportingBefore + acceptedBefore + burst.Succeeded;
            var catchUp = await CatchUpAsync(product.Databases, expected, burst.LastSuccessTimestamp, cancellationToken);
            hostRssAfterCatchUp = product.Process.ResidentBytes();
            catchUps.Add((productResults.Count, burst.Succeeded, atLast, catchUp));
            Console.WriteLine($"{label}: {Describe(burst)}; {MachineState.Now()}");
            Console.WriteLine($"    Reporting had {atLast} of {burst.Succeeded} at the last 201 and all of them {catchUp.TotalMilliseconds:0} ms later; " +
                $"host RSS {AppUnderTest.Megabytes(hostRssAtLast):0} MB at the last 201, {AppUnderTest.Megabytes(hostRssAfterCatchUp):0} MB after the catch-up");
            await product.Databases.WaitUntilQuietAsync(CatchUpTimeout, cancellationToken);
        }

        var bareRss = bare.Process.ResidentBytes();
        var barePeak = bare.Process.PeakResidentBytes();
        var hostPeak = product.Process.PeakResidentBytes();
        var productTime = Sum(productResults);
        var bareTime = Sum(bareResults);
        var productAll = Merge(productResults);
        var bareAll = Merge(bareResults);

        var data = "demo";
        const string b1 = "B1 intake";
        const string b2 = "B2 bare intake";
        var interleave = arguments.Rounds == 1
            ? "interleaved bare half, host burst, bare half"
            : $"interleaved in {arguments.Rounds} host rounds";
        figures.Add(b1, "throughput (201s per second)", productAll.Succeeded / productTime.TotalSeconds, "req/s", productAll.Succeeded, data,
            $"{clients} clients, {requests} requests, {interleave}; host time {productTime.TotalSeconds:0.0} s");
        AddPercentiles(figures, b1, productAll, data);
        figures.Add(b1, "answers other than 201", productAll.Failed, "count", productAll.Sent, data, Others(productAll));
        figures.Add(b2, "throughput (201s per second)", bareAll.Succeeded / bareTime.TotalSeconds, "req/s", bareAll.Succeeded, data,
            $"same bodies, one EF Core insert of the prescriptions row, nothing else; bare time {bareTime.TotalSeconds:0.0} s");
        AddPercentiles(figures, b2, bareAll, data);
        figures.Add(b2, "answers other than 201", bareAll.Failed, "count", bareAll.Sent, data, Others(bareAll));
        // Each bare stretch alone, scaled to the whole: how far apart the two ends of the run were (the machine's drift).
        var perStretch = bareResults.Select(r => productTime.TotalSeconds / (r.Elapsed.TotalSeconds * requests / r.Sent)).ToList();
        figures.Add(b2, "ratio B1 time / bare time", productTime / bareTime, "x", productAll.Sent + bareAll.Sent, data,
            "wall time of the host's requests over the bare app's, same bodies, same clients; against each bare stretch alone: " +
            string.Join(", ", perStretch.Select(r => r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));

        const string b3 = "B3 delivery";
        var (_, lastSize, lastAtLast, lastCatchUp) = catchUps[^1];
        var what = arguments.Rounds == 1 ? "the B1 burst" : $"the last round of {lastSize}";
        var rounds = catchUps.Count > 1
            ? "; every round: " + string.Join(", ", catchUps.Select(c => $"{c.AtLast}/{c.Size} then {c.CatchUp.TotalMilliseconds:0} ms"))
            : "";
        figures.Add(b3, $"Reporting's rows at the last 201 of {what}", lastAtLast, "count", lastSize, data,
            "prescriptions_received rows in reporting.db, read by the harness right after the last 201" + rounds);
        figures.Add(b3, $"catch-up after {what}", lastCatchUp.TotalMilliseconds, "ms", lastSize, data,
            "from the last 201 until reporting.db has every prescription of the burst (polled every 10 ms)");

        const string b6 = "B6 memory";
        figures.Add(b6, "host RSS at the last 201 of B1", AppUnderTest.Megabytes(hostRssAtLast), "MB", productAll.Sent, data, "VmRSS of the host process");
        figures.Add(b6, "host RSS after B1 and the catch-up", AppUnderTest.Megabytes(hostRssAfterCatchUp), "MB", productAll.Sent, data, null);
        figures.Add(b6, "host peak RSS (start to after B1)", AppUnderTest.Megabytes(hostPeak), "MB", productAll.Sent, data, "VmHWM of the host process");
        figures.Add(b6, "bare app RSS after B2", AppUnderTest.Megabytes(bareRss), "MB", bareAll.Sent, data, $"peak {AppUnderTest.Megabytes(barePeak):0} MB");
    }

    /// <summary>(isProduct, size) in order: bare half, host, bare, host, ..., host, bare rest.</summary>
    public static List<(bool IsProduct, int Size)> Plan(int requests, int rounds)
    {
        var sizes = Enumerable.Range(0, rounds).Select(i => (requests / rounds) + (i < requests % rounds ? 1 : 0)).ToList();
        var plan = new List<(bool, int)>();
        var bareLeft = requests;
        for (var i = 0; i < rounds; i++)
        {
            var bare = i == 0 ? sizes[0] / 2 : sizes[i];
            if (bare > 0)
            {
                plan.Add((false, bare));
                bareLeft -= bare;
            }

            plan.Add((true, sizes[i]));
        }

        if (bareLeft > 0)
        {
            plan.Add((false, bareLeft));
        }

        return plan;
    }

    private static async Task<TimeSpan> CatchUpAsync(HostDatabases databases, long expected, long lastSuccess, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetElapsedTime(lastSuccess) < CatchUpTimeout)
        {
            var seen = await databases.ScalarAsync(HostDatabases.Reporting, ReportingCount, cancellationToken);
            if (seen >= expected)
            {
                return Stopwatch.GetElapsedTime(lastSuccess);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }

        throw new BenchmarkFailedException($"Reporting did not catch up within {CatchUpTimeout.TotalMinutes:0} minutes of the last 201");
    }

    private static void AddPercentiles(FigureSet figures, string scenario, LoadResult result, string data)
    {
        var stats = new Percentiles(result.SuccessMs);
        foreach (var p in new[] { 50, 95, 99 })
        {
            figures.Add(scenario, $"p{p} round trip", stats.At(p), "ms", stats.Count, data, p == 50 ? "client round trip on loopback, every 201" : null);
        }
    }

    private static void Require(LoadResult result, string what)
    {
        if (result.Failed > 0)
        {
            throw new BenchmarkFailedException($"{what}: {result.Failed} of {result.Sent} requests not answered 201: {string.Join("; ", result.OtherSamples)}");
        }
    }

    private static string Describe(LoadResult result)
    {
        var text = $"{result.Elapsed.TotalSeconds:0.00} s, {result.Succeeded / result.Elapsed.TotalSeconds:0}/s";
        if (result.Succeeded > 0)
        {
            var stats = new Percentiles(result.SuccessMs);
            text += $", p50 {Percentiles.Ms(stats.At(50))} p95 {Percentiles.Ms(stats.At(95))} p99 {Percentiles.Ms(stats.At(99))} ms";
        }

        return text + (result.Failed > 0 ? $"; NOT 201: {Others(result)}" : "; every answer 201");
    }

    private static string? Others(LoadResult result) =>
        result.Failed == 0
            ? null
            : string.Join(", ", result.Others.Select(o => $"{o.Value} x {o.Key}")) + " (" + string.Join(" | ", result.OtherSamples) + ")";

    private static TimeSpan Sum(IEnumerable<LoadResult> results) => results.Aggregate(TimeSpan.Zero, (total, r) => total + r.Elapsed);

    private static LoadResult Merge(IReadOnlyList<LoadResult> results)
    {
        var others = new Dictionary<string, int>();
        foreach (var (key, count) in results.SelectMany(r => r.Others))
        {
            others[key] = others.GetValueOrDefault(key) + count;
        }

        return new LoadResult(
            results.Sum(r => r.Sent), Sum(results), [.. results.SelectMany(r => r.SuccessMs)], others, [.. results.SelectMany(r => r.OtherSamples).Take(5)],
            results.Max(r => r.LastSuccessTimestamp));
    }
}

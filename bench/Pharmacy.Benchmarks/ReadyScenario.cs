namespace Pharmacy.Benchmarks;

/// <summary>
/// B6: the host's start as a deployment runs it, from launching <c>dotnet Pharmacy.Host.dll</c> to the first 200 on
/// /health/ready (polled every 20 ms), the median of <c>--runs</c> launches; and the host's memory when ready. A first
/// start is on a fresh folder (every module's migrations run, the demo data is seeded); a restart is on a folder that
/// already has its data (the demo folder after the demo work, or a copy of --data). Each launch is stopped with
/// SIGTERM before the next.
/// </summary>
public static class ReadyScenario
{
    /// <summary>Fresh folder each launch, so that every launch is a first start.</summary>
    public static async Task FirstStartsAsync(
        BenchmarkArguments arguments, Workspace workspace, HostSettings.Data data, FigureSet figures, CancellationToken cancellationToken)
    {
        var what = data == HostSettings.Data.Empty
            ? "first start on an empty folder (migrations, demo users)"
            : "first start on a fresh folder (migrations, demo seeding)";
        Console.WriteLine();
        Console.WriteLine($"B6 {what}: {arguments.Runs} launches");
        var launches = new List<(double Ms, double Mb)>();
        figures.BeginMeasurement();
        for (var run = 1; run <= arguments.Runs; run++)
        {
            var folder = workspace.NewFolder($"first-start-{run}");
            launches.Add(await LaunchAsync(arguments, folder, data, run, cancellationToken));
            Workspace.Delete(folder);
        }

        Report(figures, what, launches, HostSettings.Describe(data));
    }

    /// <summary>Every launch on the same folder, which already has its data.</summary>
    public static async Task RestartsAsync(
        BenchmarkArguments arguments, string folder, HostSettings.Data data, string label, FigureSet figures, CancellationToken cancellationToken)
    {
        var what = $"restart on {label}";
        Console.WriteLine();
        Console.WriteLine($"B6 {what} ({AppUnderTest.Megabytes(Workspace.SizeOf(folder)):0} MB of SQLite files): {arguments.Runs} launches");
        var launches = new List<(double Ms, double Mb)>();
        figures.BeginMeasurement();
        for (var run = 1; run <= arguments.Runs; run++)
        {
            launches.Add(await LaunchAsync(arguments, folder, data, run, cancellationToken));
        }

        Report(figures, what, launches, HostSettings.Describe(data));
    }

    private static async Task<(double Ms, double Mb)> LaunchAsync(
        BenchmarkArguments arguments, string folder, HostSettings.Data data, int run, CancellationToken cancellationToken)
    {
        await using var host = await AppUnderTest.StartProductAsync(arguments, folder, data, cancellationToken);
        var rss = AppUnderTest.Megabytes(host.Process.ResidentBytes());
        Console.WriteLine($"run {run}: {host.ReadyAfter.TotalMilliseconds:0} ms to the first 200 on /health/ready, RSS {rss:0} MB; {MachineState.Now()}");
        return (host.ReadyAfter.TotalMilliseconds, rss);
    }

    private static void Report(FigureSet figures, string what, List<(double Ms, double Mb)> launches, string data)
    {
        var times = launches.Select(l => l.Ms).ToList();
        var note = $"median of {times.Count}; runs {string.Join(", ", times.Select(t => $"{t:0}"))} ms";
        figures.Add("B6 start", $"{what}: process start to ready", Median(times), "ms", times.Count, data, note);
        figures.Add("B6 start", $"{what}: RSS at ready", Median([.. launches.Select(l => l.Mb)]), "MB", times.Count, data, null);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

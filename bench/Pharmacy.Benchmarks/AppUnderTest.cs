namespace Pharmacy.Benchmarks;

/// <summary>The product host or the bare baseline, running as its own process on loopback on its own SQLite folder.</summary>
public sealed class AppUnderTest : IAsyncDisposable
{
    private AppUnderTest(string name, RunningProcess process, string folder, TimeSpan readyAfter)
    {
        Name = name;
        Process = process;
        Folder = folder;
        ReadyAfter = readyAfter;
        Databases = new HostDatabases(folder);
    }

    public string Name { get; }

    public RunningProcess Process { get; }

    public string Folder { get; }

    /// <summary>From launch to the first 200 on /health/ready.</summary>
    public TimeSpan ReadyAfter { get; }

    public HostDatabases Databases { get; }

    public Uri BaseAddress => Process.BaseAddress;

    public static Task<AppUnderTest> StartProductAsync(
        BenchmarkArguments arguments, string folder, HostSettings.Data data, CancellationToken cancellationToken) =>
        StartAsync("host", BuildOutputs.HostDll(arguments.HostDll), HostSettings.Product(folder, data, arguments.Settings), folder, arguments.ReadyTimeout, cancellationToken);

    public static Task<AppUnderTest> StartBareAsync(BenchmarkArguments arguments, string folder, CancellationToken cancellationToken) =>
        StartAsync("bare", BuildOutputs.BareDll(arguments.BareDll), HostSettings.Bare(folder), folder, arguments.ReadyTimeout, cancellationToken);

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    public async ValueTask DisposeAsync()
    {
        await Databases.DisposeAsync();
        await Process.DisposeAsync();
    }

    private static async Task<AppUnderTest> StartAsync(
        string name, string dll, Dictionary<string, string> environment, string folder, TimeSpan readyTimeout, CancellationToken cancellationToken)
    {
        var process = RunningProcess.Start(name, dll, environment, folder.TrimEnd(Path.DirectorySeparatorChar) + ".log");
        try
        {
            var ready = await process.WaitUntilReadyAsync(readyTimeout, cancellationToken);
            return new AppUnderTest(name, process, folder, ready);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }
}

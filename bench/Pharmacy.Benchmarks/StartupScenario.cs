using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pharmacy.Benchmarks;

/// <summary>
/// Cold start of the real host: from launching <c>dotnet Pharmacy.Host.dll</c> (a new process, fresh SQLite folder, so
/// every module's migrations run) to the first 200 on /health/ready, polled every 20 ms.
/// </summary>
public static class StartupScenario
{
    private static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(20);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var hostDll = arguments.HostDll is { } given ? Path.GetFullPath(given) : DefaultHostDll();
        if (!File.Exists(hostDll))
        {
            throw new BenchmarkFailedException($"host not found at {hostDll}; build it (dotnet build -c Release) or pass --host-dll");
        }

        var dotnet = DotnetExecutable();
        Console.WriteLine($"startup: {arguments.Runs} runs of {dotnet} {hostDll}");
        var times = new List<double>(arguments.Runs);
        for (var run = 1; run <= arguments.Runs; run++)
        {
            var elapsed = await LaunchOnceAsync(dotnet, hostDll, TimeSpan.FromSeconds(arguments.TimeoutSeconds), cancellationToken);
            times.Add(elapsed.TotalMilliseconds);
            Console.WriteLine($"run {run}: {elapsed.TotalMilliseconds:0} ms to first 200 on /health/ready");
        }

        var sorted = times.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        Console.WriteLine();
        Console.WriteLine($"host start to ready over {times.Count} runs: median {median:0} ms (min {sorted[0]:0} ms, max {sorted[^1]:0} ms)");
        return 0;
    }

    private static async Task<TimeSpan> LaunchOnceAsync(string dotnet, string hostDll, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pharmacy-bench-startup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Database__SqliteDirectory"] = folder;

        // The host's own log lines are kept (the last ones are shown if it fails) but not printed.
        var output = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 40)
                {
                    output.Dequeue();
                }
            }
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = new Uri($"http://127.0.0.1:{port}/health/ready");
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);

        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < timeout)
            {
                if (process.HasExited)
                {
                    throw new BenchmarkFailedException($"the host exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{Tail(output)}");
                }

                var attempt = clock.Elapsed;
                if (await IsReadyAsync(http, ready, cancellationToken))
                {
                    return clock.Elapsed;
                }

                var wait = ReadyPoll - (clock.Elapsed - attempt);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }

            throw new BenchmarkFailedException($"the host was not ready within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail(output)}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
            MessagingScenario.TryDelete(folder);
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, Uri ready, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(ready, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // listening but too slow to answer: not ready
        }
    }

    private static string Tail(Queue<string> output)
    {
        lock (output)
        {
            return string.Join(Environment.NewLine, output);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// The host's own build output of the same configuration as this harness: this harness runs from
    /// bench/Pharmacy.Benchmarks/bin/&lt;Configuration&gt;/&lt;tfm&gt;/, the host builds to
    /// src/Host/Pharmacy.Host/bin/&lt;Configuration&gt;/&lt;tfm&gt;/.
    /// </summary>
    private static string DefaultHostDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = output.Name;
        var configuration = output.Parent?.Name ?? "Release";
        for (var directory = output; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pharmacy.Monolith.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Host", "Pharmacy.Host", "bin", configuration, tfm, "Pharmacy.Host.dll");
            }
        }

        throw new BenchmarkFailedException($"cannot find the repository above {output.FullName}; pass --host-dll");
    }

    /// <summary>The dotnet muxer that runs this harness, else the one on PATH.</summary>
    private static string DotnetExecutable()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        return "dotnet";
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Pharmacy.Benchmarks;

/// <summary>
/// An ASP.NET Core app started the way a deployment starts it: <c>dotnet App.dll --urls http://127.0.0.1:&lt;free port&gt;</c>,
/// its settings as environment variables, working directory its build folder. Its console output goes to a log file
/// (through <c>sh -c exec</c>, so the process id is the app's own and the harness spends no CPU reading its lines).
/// </summary>
public sealed class RunningProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(20);
    private readonly Process _process;
    private readonly Stopwatch _sinceLaunch;

    private RunningProcess(string name, Process process, Stopwatch sinceLaunch, Uri baseAddress, string logPath)
    {
        Name = name;
        _process = process;
        _sinceLaunch = sinceLaunch;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public static RunningProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "log=$1; shift; exec \"$@\" >\"$log\" 2>&1", "sh", logPath, BuildOutputs.Dotnet(), dll, "--urls", baseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new BenchmarkFailedException($"could not start {name}");
        return new RunningProcess(name, process, clock, baseAddress, logPath);
    }

    /// <summary>Polls /health/ready every 20 ms; the time from launch to the first 200.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (_sinceLaunch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new BenchmarkFailedException($"{Name} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{Tail(30)}");
            }

            var attempt = _sinceLaunch.Elapsed;
            if (await IsReadyAsync(http, cancellationToken))
            {
                return _sinceLaunch.Elapsed;
            }

            var wait = ReadyPoll - (_sinceLaunch.Elapsed - attempt);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }

        throw new BenchmarkFailedException($"{Name} was not ready within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail(30)}");
    }

    /// <summary>Waits until the app's log has a line containing <paramref name="text"/>; false after the timeout.</summary>
    public async Task<bool> WaitForLogAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (LogContains(text))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        return false;
    }

    public bool LogContains(string text)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Resident memory (VmRSS in /proc/&lt;pid&gt;/status), in bytes.</summary>
    public long ResidentBytes() => StatusKilobytes("VmRSS:") * 1024;

    /// <summary>The highest resident memory since start (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => StatusKilobytes("VmHWM:") * 1024;

    public string Tail(int lines)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            var all = reader.ReadToEnd().Split('\n');
            return string.Join(Environment.NewLine, all.TakeLast(lines));
        }
        catch (IOException exception)
        {
            return $"(no log: {exception.Message})";
        }
    }

    /// <summary>Asks the app to stop (SIGTERM, so SQLite's files are closed as in a normal shutdown), kills it after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                using var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
                if (term is not null)
                {
                    await term.WaitForExitAsync();
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // No kill command: the hard stop below.
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Id.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new BenchmarkFailedException($"no {field} for process {Id}");
    }

    private async Task<bool> IsReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready", cancellationToken);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Pharmacy.Benchmarks;

/// <summary>
/// The scenarios that start the host as a real process (all, b1, b3, b4, b6, startup): runs them in order, prints
/// every figure as a table with the core count and load average beside it, and writes the JSON (--json).
/// </summary>
public static class RealProcessRun
{
    private const string DemoWorkDone = "Demo work done";
    private const string DemoWorkStopped = "The demo work stopped part way";
    private static readonly TimeSpan QuietTimeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var figures = new FigureSet();
        var hostDll = BuildOutputs.HostDll(arguments.HostDll);
        Console.WriteLine($"{arguments.Scenario}: host {hostDll}");
        Console.WriteLine($"machine: {MachineState.Now()}; {RuntimeInformation.OSDescription}; .NET {Environment.Version}");
        var steps = arguments.Scenario switch
        {
            "all" => new[] { "b6", "b4", "b3", "b1" },
            "startup" => ["startup"],
            var one => [one],
        };

        using var workspace = new Workspace(arguments.KeepData);
        try
        {
            foreach (var step in steps)
            {
                await RunStepAsync(step, arguments, workspace, figures, steps.Length > 1, cancellationToken);
            }
        }
        finally
        {
            Console.WriteLine();
            Console.WriteLine($"{arguments.Scenario}: {figures.All.Count} figures in {clock.Elapsed.TotalMinutes:0.0} min; {MachineState.Now()}");
            if (arguments.DataFolder is null && steps.Any(s => s is "b4" or "b6"))
            {
                Console.WriteLine("B4 and B6 ran on demo data only: pass --data <folder> (a year of data from the data generator) to measure them on it too.");
            }

            Console.WriteLine();
            figures.Print(Console.Out);
            if (arguments.JsonPath is { } json)
            {
                figures.WriteJson(json, RunFacts(arguments, hostDll));
                Console.WriteLine();
                Console.WriteLine($"wrote {json}");
            }
        }

        return 0;
    }

    private static async Task RunStepAsync(
        string step, BenchmarkArguments arguments, Workspace workspace, FigureSet figures, bool partOfAll, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case "startup":
                await ReadyScenario.FirstStartsAsync(arguments, workspace, HostSettings.Data.Empty, figures, cancellationToken);
                break;
            case "b6":
                await ReadyScenario.FirstStartsAsync(arguments, workspace, HostSettings.Data.DemoWithWork, figures, cancellationToken);
                // In `all`, B4 prepares the demo folder and the restarts follow it there.
                if (!partOfAll)
                {
                    var demo = await PrepareDemoFolderAsync(arguments, workspace, measureQueues: false, figures, cancellationToken);
                    await ReadyScenario.RestartsAsync(arguments, demo, HostSettings.Data.DemoWithWork, "demo data after the demo work", figures, cancellationToken);
                    await OnDataAsync(arguments, workspace, figures, queues: false, restarts: true, cancellationToken);
                }

                break;
            case "b4":
                var folder = await PrepareDemoFolderAsync(arguments, workspace, measureQueues: true, figures, cancellationToken);
                if (partOfAll)
                {
                    await ReadyScenario.RestartsAsync(arguments, folder, HostSettings.Data.DemoWithWork, "demo data after the demo work", figures, cancellationToken);
                }

                await OnDataAsync(arguments, workspace, figures, queues: true, restarts: partOfAll, cancellationToken);
                break;
            case "b3":
            case "b1":
                // In `all`, b3 and b1 share one host process (B3 first, on a host that has not had the burst yet).
                if (partOfAll && step == "b1")
                {
                    break;
                }

                await using (var product = await StartIntakeHostAsync(arguments, workspace, cancellationToken))
                {
                    if (step == "b3")
                    {
                        await DeliveryScenario.RunAsync(arguments, product, figures, cancellationToken);
                    }

                    if (step == "b1" || partOfAll)
                    {
                        await IntakeScenario.RunAsync(arguments, workspace, product, figures, cancellationToken);
                    }
                }

                break;
            default:
                throw new InvalidOperationException($"unknown step {step}");
        }
    }

    /// <summary>A host on demo data without the demo work (no background work during the measurement), quiet.</summary>
    private static async Task<AppUnderTest> StartIntakeHostAsync(BenchmarkArguments arguments, Workspace workspace, CancellationToken cancellationToken)
    {
        var product = await AppUnderTest.StartProductAsync(arguments, workspace.NewFolder("intake-host"), HostSettings.Data.Demo, cancellationToken);
        try
        {
            await product.Databases.WaitUntilQuietAsync(QuietTimeout, cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"host on demo data ready in {product.ReadyAfter.TotalMilliseconds:0} ms at {product.BaseAddress} (pid {product.Process.Id}), quiet; " +
                $"RSS {AppUnderTest.Megabytes(product.Process.ResidentBytes()):0} MB");
            return product;
        }
        catch
        {
            await product.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh folder with the demo data and the demo morning's work done (so every queue has work), optionally B4 on it.</summary>
    private static async Task<string> PrepareDemoFolderAsync(
        BenchmarkArguments arguments, Workspace workspace, bool measureQueues, FigureSet figures, CancellationToken cancellationToken)
    {
        var folder = workspace.NewFolder("demo");
        await using var host = await AppUnderTest.StartProductAsync(arguments, folder, HostSettings.Data.DemoWithWork, cancellationToken);
        var workTimeout = TimeSpan.FromMinutes(3);
        var done = await WaitForDemoWorkAsync(host, workTimeout, cancellationToken);
        await host.Databases.WaitUntilQuietAsync(QuietTimeout, cancellationToken);
        Console.WriteLine();
        Console.WriteLine(done ? "demo data with the demo work done, host quiet" : $"the demo work did not report done within {workTimeout.TotalMinutes:0} min; measuring as it is");
        if (measureQueues)
        {
            await QueueScenario.RunAsync(arguments, host, "demo", figures, cancellationToken);
        }

        return folder;
    }

    private static async Task<bool> WaitForDemoWorkAsync(AppUnderTest host, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (host.Process.LogContains(DemoWorkDone))
            {
                return true;
            }

            if (host.Process.LogContains(DemoWorkStopped))
            {
                Console.WriteLine($"the demo work stopped part way (see {host.Process.LogPath})");
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        return false;
    }

    /// <summary>With --data: B6 restarts and B4 on a copy of the prepared folder.</summary>
    private static async Task OnDataAsync(
        BenchmarkArguments arguments, Workspace workspace, FigureSet figures, bool queues, bool restarts, CancellationToken cancellationToken)
    {
        if (arguments.DataFolder is not { } source)
        {
            return;
        }

        var copy = workspace.CopyOf(source, "data-copy");
        Console.WriteLine();
        Console.WriteLine($"--data {source}: copied to {copy} ({AppUnderTest.Megabytes(Workspace.SizeOf(copy)):0} MB)");
        if (restarts)
        {
            await ReadyScenario.RestartsAsync(arguments, copy, HostSettings.Data.Prepared, "the --data folder", figures, cancellationToken);
        }

        if (queues)
        {
            await using var host = await AppUnderTest.StartProductAsync(arguments, copy, HostSettings.Data.Prepared, cancellationToken);
            await host.Databases.WaitUntilQuietAsync(QuietTimeout, cancellationToken);
            await QueueScenario.RunAsync(arguments, host, "data", figures, cancellationToken);
        }
    }

    private static Dictionary<string, string> RunFacts(BenchmarkArguments arguments, string hostDll)
    {
        var machine = MachineState.Now();
        return new Dictionary<string, string>
        {
            ["scenario"] = arguments.Scenario,
            ["commandLine"] = arguments.CommandLine,
            ["commit"] = GitCommit() ?? "unknown",
            ["hostDll"] = hostDll,
            ["data"] = arguments.DataFolder ?? "demo data only",
            ["cores"] = machine.Cores.ToString(CultureInfo.InvariantCulture),
            ["os"] = RuntimeInformation.OSDescription,
            ["dotnet"] = Environment.Version.ToString(),
        };
    }

    private static string? GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

namespace Pharmacy.Benchmarks;

/// <summary>
/// End-to-end Stopwatch harness for the host. Not BenchmarkDotNet: what is measured spans HTTP, SQLite files,
/// the outbox relay and Wolverine, so each figure is a wall-clock time taken from the outside (see bench/README.md).
/// </summary>
/// <remarks>A class with Main rather than top-level statements: those would declare a second global Program
/// and hide the host's, which WebApplicationFactory needs.</remarks>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkArguments arguments;
        try
        {
            arguments = BenchmarkArguments.Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(BenchmarkArguments.Usage);
            return 2;
        }

        if (arguments.ShowHelp)
        {
            Console.WriteLine(BenchmarkArguments.Usage);
            return 0;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            return arguments.Scenario switch
            {
                "messaging" => await MessagingScenario.RunAsync(arguments, cancellation.Token),
                _ => await RealProcessRun.RunAsync(arguments, cancellation.Token),
            };
        }
        catch (BenchmarkFailedException exception)
        {
            Console.Error.WriteLine($"FAILED: {exception.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled");
            return 130;
        }
    }
}

/// <summary>The run could not produce a figure (the host did not start, events went missing, ...).</summary>
public sealed class BenchmarkFailedException(string message) : Exception(message);

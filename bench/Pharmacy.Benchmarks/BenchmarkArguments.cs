using System.Globalization;

namespace Pharmacy.Benchmarks;

/// <summary>Command line: <c>[messaging|startup|intake] [--events N] [--warmup N] [--interval-ms X] [--runs N] [--host-dll PATH] [--keep-data] [--trace] [--trace-file PATH] [--setting K=V] [--sqlite-cache shared|private] [--requests N] [--clients N] [--rounds N]</c>.</summary>
public sealed record BenchmarkArguments
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Pharmacy.Benchmarks -- [scenario] [options]

        scenarios:
          messaging (default)  commit-to-handler latency of ProviderActivated, CRM outbox -> prescriptions inbox
          startup              launch of the real host process to the first 200 on /health/ready
          intake               a burst of prescriptions from several clients, the product beside a bare endpoint

        messaging options:
          --events N           activations measured (default 1000)
          --warmup N           providers registered and activated first, not counted (default 20)
          --interval-ms X      pace: start one activation every X ms (default 0: each right after the previous answer)
          --keep-data          keep the temp SQLite folder and print its path
          --trace              also time every database operation of the measured window (EF Core diagnostics)
                               and show where the latency goes; adds a little overhead
          --trace-file PATH    with --trace, write the operations as CSV
          --setting KEY=VALUE  extra host setting (repeatable), e.g. --setting Messaging:BatchSize=10
          --sqlite-cache MODE  experiment: 'shared' points every module at its file with Cache=Shared ('private'
                               names the host's own default, which sets no cache mode), through
                               ConnectionStrings:Pharmacy.<schema>; src/ unchanged

        intake options:
          --requests N         prescriptions per burst and side (default 5000)
          --clients N          clients sending at once (default 16)
          --rounds N           bare then product, N times (default 1)
          --trace              count every statement SQLite runs, per intake, on both sides
          (--warmup, --setting and --keep-data as for messaging)

        startup options:
          --runs N             launches, each on a fresh SQLite folder (default 5)
          --host-dll PATH      Pharmacy.Host.dll to launch (default: the host's build output of the same configuration)
          --timeout-s N        give up on one launch after N seconds (default 120)
        """;

    public string Scenario { get; init; } = "messaging";

    public int Events { get; init; } = 1000;

    public int Warmup { get; init; } = 20;

    public double IntervalMs { get; init; }

    public bool KeepData { get; init; }

    public bool Trace { get; init; }

    public string? TraceFile { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];

    public string? SqliteCache { get; init; }

    public int Runs { get; init; } = 5;

    public int Requests { get; init; } = 5000;

    public int Clients { get; init; } = 16;

    public int Rounds { get; init; } = 1;

    public string? HostDll { get; init; }

    public int TimeoutSeconds { get; init; } = 120;

    public bool ShowHelp { get; init; }

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var result = new BenchmarkArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            result = arg switch
            {
                "-h" or "--help" => result with { ShowHelp = true },
                "--events" => result with { Events = PositiveInt(arg, Value(args, ref i)) },
                "--warmup" => result with { Warmup = NonNegativeInt(arg, Value(args, ref i)) },
                "--interval-ms" => result with { IntervalMs = NonNegativeDouble(arg, Value(args, ref i)) },
                "--keep-data" => result with { KeepData = true },
                "--trace" => result with { Trace = true },
                "--setting" => result with { Settings = [.. result.Settings, Setting(Value(args, ref i))] },
                "--sqlite-cache" => result with { SqliteCache = Cache(Value(args, ref i)) },
                "--trace-file" => result with { Trace = true, TraceFile = Path.GetFullPath(Value(args, ref i)) },
                "--runs" => result with { Runs = PositiveInt(arg, Value(args, ref i)) },
                "--requests" => result with { Requests = PositiveInt(arg, Value(args, ref i)) },
                "--clients" => result with { Clients = PositiveInt(arg, Value(args, ref i)) },
                "--rounds" => result with { Rounds = PositiveInt(arg, Value(args, ref i)) },
                "--host-dll" => result with { HostDll = Value(args, ref i) },
                "--timeout-s" => result with { TimeoutSeconds = PositiveInt(arg, Value(args, ref i)) },
                "messaging" or "startup" or "intake" => result with { Scenario = arg },
                _ => throw new ArgumentException($"unknown argument '{arg}'"),
            };
        }

        return result;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{args[i]} needs a value");
        }

        i++;
        return args[i];
    }

    private static KeyValuePair<string, string> Setting(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new KeyValuePair<string, string>(value[..equals], value[(equals + 1)..])
            : throw new ArgumentException($"--setting wants KEY=VALUE, not '{value}'");
    }

    private static string Cache(string value) => value.ToLowerInvariant() switch
    {
        "private" or "shared" => value.ToLowerInvariant(),
        _ => throw new ArgumentException($"--sqlite-cache is 'private' or 'shared', not '{value}'"),
    };

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} must be a positive integer, not '{value}'");

    private static int NonNegativeInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} must be zero or a positive integer, not '{value}'");

    private static double NonNegativeDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x >= 0
            ? x
            : throw new ArgumentException($"{name} must be a number >= 0, not '{value}'");
}

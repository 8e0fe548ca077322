using System.Globalization;

namespace Pharmacy.Benchmarks;

/// <summary>The command line; see <see cref="Usage"/>.</summary>
public sealed record BenchmarkArguments
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Pharmacy.Benchmarks -- [scenario] [options]

        scenarios (B1-B6 start the host as a real process on loopback; see bench/README.md):
          all                  B6, B4, B3, B1/B2 in one run, then the table (and --json)
          b1                   B1 intake and B2 bare intake interleaved, the catch-up after the burst (B3), memory (B6)
          b3                   commit-to-handler latency at steady rates (--rates)
          b4                   the staff queues' queries, on demo data and on --data
          b6                   process start to ready on demo data (first start and restart) and on --data
          messaging (default)  commit-to-handler latency of ProviderActivated, host in-process, with --trace diagnostics
          startup              process start to ready on an empty folder (no demo data)

        options of the real-process scenarios:
          --json PATH          also write every figure as JSON
          --requests N         B1/B2: requests to each side (default 20000)
          --clients N          B1/B2: concurrent clients (default 16)
          --rounds R           B1/B2: the host's requests in R rounds, the bare app's around them (default 1: one burst)
          --intake-warmup N    B1/B2: requests to each side first, not counted (default 2000)
          --rates A,B          B3: activations per second (default 100,500)
          --rate-seconds S     B3: seconds at each rate (default 10)
          --queries N          B4: requests per query (default 200)
          --runs N             B6 (and startup): launches per figure (default 5)
          --data FOLDER        a prepared SQLite folder (e.g. a year of data from the data generator); copied to a temp
                               folder, and B4/B6 run on the copy as well as on demo data
          --host-dll PATH      Pharmacy.Host.dll to launch (default: the host's build output of the same configuration)
          --bare-dll PATH      the bare baseline's dll (default: its build output of the same configuration)
          --setting KEY=VALUE  extra host setting (repeatable), passed as an environment variable
          --timeout-s N        give up on a launch that is not ready after N seconds (default 300)
          --keep-data          keep the run's temp folder (SQLite files and the processes' logs) and print its path

        messaging options:
          --events N           activations measured (default 1000)
          --warmup N           providers registered and activated first, not counted (default 20; B3 too)
          --interval-ms X      pace: start one activation every X ms (default 0: each right after the previous answer)
          --trace              also time every database operation of the measured window (EF Core diagnostics)
                               and show where the latency goes; adds a little overhead
          --trace-file PATH    with --trace, write the operations as CSV
          --sqlite-cache MODE  experiment: 'shared' points every module at its file with Cache=Shared ('private'
                               names the host's own default, which sets no cache mode), through
                               ConnectionStrings:Pharmacy.<schema>; src/ unchanged
        """;

    private static readonly string[] Scenarios = ["all", "b1", "b3", "b4", "b6", "messaging", "startup"];

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

    public string? HostDll { get; init; }

    public string? BareDll { get; init; }

    public int TimeoutSeconds { get; init; } = 300;

    public TimeSpan ReadyTimeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public string? JsonPath { get; init; }

    public int Requests { get; init; } = 20_000;

    public int Clients { get; init; } = 16;

    public int Rounds { get; init; } = 1;

    public int IntakeWarmup { get; init; } = 2000;

    public IReadOnlyList<double> Rates { get; init; } = [100, 500];

    public double RateSeconds { get; init; } = 10;

    public int Queries { get; init; } = 200;

    public string? DataFolder { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>The command line as given, for the JSON.</summary>
    public string CommandLine { get; init; } = "";

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var result = new BenchmarkArguments { CommandLine = string.Join(' ', args) };
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
                "--host-dll" => result with { HostDll = Value(args, ref i) },
                "--bare-dll" => result with { BareDll = Value(args, ref i) },
                "--timeout-s" => result with { TimeoutSeconds = PositiveInt(arg, Value(args, ref i)) },
                "--json" => result with { JsonPath = Path.GetFullPath(Value(args, ref i)) },
                "--requests" => result with { Requests = PositiveInt(arg, Value(args, ref i)) },
                "--clients" => result with { Clients = PositiveInt(arg, Value(args, ref i)) },
                "--rounds" => result with { Rounds = PositiveInt(arg, Value(args, ref i)) },
                "--intake-warmup" => result with { IntakeWarmup = PositiveInt(arg, Value(args, ref i)) },
                "--rates" => result with { Rates = ParseRates(Value(args, ref i)) },
                "--rate-seconds" => result with { RateSeconds = PositiveDouble(arg, Value(args, ref i)) },
                "--queries" => result with { Queries = PositiveInt(arg, Value(args, ref i)) },
                "--data" => result with { DataFolder = Path.GetFullPath(Value(args, ref i)) },
                _ when Scenarios.Contains(arg) => result with { Scenario = arg },
                _ => throw new ArgumentException($"unknown argument '{arg}'"),
            };
        }

        if (result.Rounds > result.Requests)
        {
            throw new ArgumentException("--rounds cannot be more than --requests");
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

    private static double[] ParseRates(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(rate => PositiveDouble("--rates", rate))];

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

    private static double PositiveDouble(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0
            ? x
            : throw new ArgumentException($"{name} must be a number > 0, not '{value}'");
}

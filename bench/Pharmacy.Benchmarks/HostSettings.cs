namespace Pharmacy.Benchmarks;

/// <summary>
/// The environment variables the harness starts the product with. The host runs as deployed (Production, its own
/// appsettings.json and logging); the Demo settings give it the demo users and one API key with every scope (the
/// prescriptions write scope among them), and the rate limit of that key is lifted so that the limiter never answers
/// for the product (a real partner's key keeps the default of 500 a second).
/// </summary>
public static class HostSettings
{
    public const string ApiKey = "pk_benchmark_key_with_every_scope";

    /// <summary>What the data in the folder is: the demo data the host seeds, or a prepared folder (--data).</summary>
    public enum Data
    {
        /// <summary>No demo data: an empty system with only the demo users and the key (the old <c>startup</c> scenario).</summary>
        Empty,

        /// <summary>The demo catalog, providers and prescriptions (Demo:Data), without the demo morning's work.</summary>
        Demo,

        /// <summary>The demo data and the demo morning's work after start (what a new user's first start gives).</summary>
        DemoWithWork,

        /// <summary>A prepared folder: nothing seeded but the users and the key.</summary>
        Prepared,
    }

    public static Dictionary<string, string> Product(string sqliteFolder, Data data, IReadOnlyList<KeyValuePair<string, string>> extra)
    {
        var demoData = data is Data.Demo or Data.DemoWithWork;
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__SqliteDirectory"] = sqliteFolder,
            ["Demo__Users"] = "true",
            ["Demo__ApiKey"] = ApiKey,
            ["Demo__Data"] = demoData ? "true" : "false",
            ["Demo__Catalog"] = demoData ? "true" : "false",
            ["Demo__Work"] = data == Data.DemoWithWork ? "true" : "false",
            ["RateLimits__ApiKey__TokenLimit"] = "1000000000",
            ["RateLimits__ApiKey__TokensPerPeriod"] = "1000000000",
        };
        foreach (var (key, value) in extra)
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return settings;
    }

    public static Dictionary<string, string> Bare(string sqliteFolder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__SqliteDirectory"] = sqliteFolder,
    };

    public static string Describe(Data data) => data switch
    {
        Data.Empty => "empty",
        Data.Demo or Data.DemoWithWork => "demo",
        Data.Prepared => "data",
        _ => data.ToString(),
    };
}

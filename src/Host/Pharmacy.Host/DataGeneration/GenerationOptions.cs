using System.Globalization;

namespace Pharmacy.Host.DataGeneration;

/// <summary>How big a year to generate, and from which seed. The defaults are a busy compounding pharmacy's year.</summary>
internal sealed record GenerationOptions(int Seed, int Prescriptions, int Prescribers, int Patients, int Days)
{
    public static GenerationOptions Default { get; } = new(Seed: 20261201, Prescriptions: 200_000, Prescribers: 500, Patients: 50_000, Days: 365);

    public const string Usage = """
        generate [--seed <n>] [--prescriptions <n>] [--prescribers <n>] [--patients <n>] [--days <n>]
                 fill an empty data folder with a generated year of a busy pharmacy (defaults: seed 20261201, 200,000
                 prescriptions from 500 prescribers for 50,000 patients over 365 days); refuses a folder that is not empty.
                 Configuration keys can follow, as for the host: --Database:SqliteDirectory=/srv/pharmacy/data
        """;

    /// <summary>Reads the generator's own options and leaves the rest (configuration keys) for the host's configuration.</summary>
    public static bool TryParse(string[] args, out GenerationOptions options, out string[] configurationArgs)
    {
        options = Default;
        var rest = new List<string>();
        configurationArgs = [];
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return false;
            }

            if (name is not ("--seed" or "--prescriptions" or "--prescribers" or "--patients" or "--days"))
            {
                rest.Add(name);
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return false;
            }

            options = name switch
            {
                "--seed" => options with { Seed = value },
                "--prescriptions" => options with { Prescriptions = value },
                "--prescribers" => options with { Prescribers = value },
                "--patients" => options with { Patients = value },
                _ => options with { Days = value },
            };
        }

        configurationArgs = [.. rest];
        return options.Days <= 730;
    }
}

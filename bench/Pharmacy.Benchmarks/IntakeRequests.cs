using System.Globalization;
using System.Text.Json;

namespace Pharmacy.Benchmarks;

/// <summary>
/// Bodies of <c>POST /api/prescriptions</c> that the product accepts: an active prescriber's NPI and an approved,
/// non-controlled formula (both read from the host's prescriptions.db), a date written in the last month, a quantity
/// that suits the formula's unit, and an externalId of its own per request. Serialised before the clock starts, so
/// that the clients spend as little of the machine as they can.
/// </summary>
public sealed class IntakeRequests
{
    private static readonly string[] FirstNames =
        ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas", "Mia", "Levi", "Amelia", "Asher", "Harper", "James", "Evelyn", "Leo", "Luna", "Ezra"];

    private static readonly string[] LastNames =
        ["Garcia", "Nguyen", "Patel", "Johnson", "Okafor", "Kowalski", "Haddad", "Schmidt", "Rossi", "Tanaka", "Silva", "Murphy", "Cohen", "Ivanova", "Dubois", "Larsen", "Mendez", "Osei", "Fischer", "Novak"];

    private static readonly string[] States = ["TX", "CA", "FL", "NY", "AZ", "CO", "WA", "IL", "GA", "NC"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IReadOnlyList<string> _npis;
    private readonly IReadOnlyList<(string Code, bool WholeUnits)> _formulas;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    private IntakeRequests(IReadOnlyList<string> npis, IReadOnlyList<(string Code, bool WholeUnits)> formulas)
    {
        _npis = npis;
        _formulas = formulas;
    }

    public int Prescribers => _npis.Count;

    public int Formulas => _formulas.Count;

    public static async Task<IntakeRequests> FromHostAsync(HostDatabases databases, CancellationToken cancellationToken)
    {
        var npis = await databases.ReadAsync(HostDatabases.Prescriptions, "SELECT npi FROM prescribers WHERE is_active = 1 ORDER BY npi", r => r.GetString(0), cancellationToken);
        var formulas = await databases.ReadAsync(
            HostDatabases.Prescriptions, "SELECT code, counted_in_whole_units FROM formulas WHERE controlled_schedule IS NULL ORDER BY code",
            r => (r.GetString(0), r.GetBoolean(1)), cancellationToken);
        if (npis.Count == 0 || formulas.Count == 0)
        {
            throw new BenchmarkFailedException($"the host's prescriptions.db has {npis.Count} active prescribers and {formulas.Count} approved non-controlled formulas; intake needs both (Demo:Data)");
        }

        return new IntakeRequests(npis, formulas);
    }

    /// <summary><paramref name="count"/> bodies, numbered from <paramref name="first"/>; <paramref name="label"/> keeps their externalIds apart.</summary>
    public List<byte[]> Bodies(string label, int first, int count)
    {
        var bodies = new List<byte[]>(count);
        for (var i = first; i < first + count; i++)
        {
            bodies.Add(JsonSerializer.SerializeToUtf8Bytes(Body(label, i), Json));
        }

        return bodies;
    }

    private object Body(string label, int i)
    {
        var (code, wholeUnits) = _formulas[i % _formulas.Count];
        return new
        {
            prescriberNpi = _npis[i % _npis.Count],
            patient = new
            {
                firstName = FirstNames[i % FirstNames.Length],
                lastName = LastNames[i / FirstNames.Length % LastNames.Length],
                dateOfBirth = new DateOnly(1950, 1, 1).AddDays(i * 37 % 25_000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                sex = i % 2 == 0 ? "Female" : "Male",
                state = States[i % States.Length],
            },
            formulaCode = code,
            quantity = wholeUnits ? 30m : 120m,
            directions = "Use as directed by the prescriber.",
            daysSupply = 30,
            refills = i % 4,
            writtenOn = _today.AddDays(-(i % 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            externalId = $"bench-{_run}-{label}-{i.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}

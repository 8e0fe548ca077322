using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pharmacy.Benchmarks;

/// <summary>
/// One measured figure with what it needs to be read honestly: how many operations it rests on, on which data, and the
/// core count and load average of the machine when it was taken.
/// </summary>
/// <remarks>StalledMs: how long the harness got no CPU during the measurement (see <see cref="StallWatch"/>).</remarks>
public sealed record Figure(
    string Scenario, string Name, double Value, string Unit, long Operations, string Data, int Cores, double Load1, double Load5, double Load15,
    double StalledMs, double LongestStallMs, string? Note);

/// <summary>The figures of one run: printed as a table at the end and written as JSON (--json).</summary>
public sealed class FigureSet
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly List<Figure> _figures = [];
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private TimeSpan _stalledAtPhaseStart;

    public IReadOnlyList<Figure> All => _figures;

    /// <summary>Marks the start of a measurement: the figures added after it carry the harness's stalls since then.</summary>
    public void BeginMeasurement()
    {
        _stalledAtPhaseStart = StallWatch.Instance.Now().Stalled;
        StallWatch.Instance.ResetLongest();
    }

    public Figure Add(string scenario, string name, double value, string unit, long operations, string data, string? note = null)
    {
        var machine = MachineState.Now();
        var (stalled, longest) = StallWatch.Instance.Now();
        var figure = new Figure(
            scenario, name, value, unit, operations, data, machine.Cores, machine.Load1, machine.Load5, machine.Load15,
            Math.Round((stalled - _stalledAtPhaseStart).TotalMilliseconds), Math.Round(longest.TotalMilliseconds), note);
        _figures.Add(figure);
        return figure;
    }

    public void Print(TextWriter output)
    {
        if (_figures.Count == 0)
        {
            return;
        }

        string[] header = ["scenario", "figure", "value", "unit", "ops", "data", "cores", "load 1/5/15", "stalls"];
        var rows = _figures.Select(f => new[]
        {
            f.Scenario, f.Name, FormatValue(f.Value), f.Unit, f.Operations.ToString(CultureInfo.InvariantCulture), f.Data,
            f.Cores.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{f.Load1:0.00}/{f.Load5:0.00}/{f.Load15:0.00}"),
            Stalls(f),
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        var numeric = new[] { false, false, true, false, true, false, true, false, false };

        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";

        output.WriteLine(Line(header));
        output.WriteLine("|" + string.Join("|", widths.Select((w, i) => numeric[i] ? new string('-', w + 1) + ":" : new string('-', w + 2))) + "|");
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }

        output.WriteLine();
        output.WriteLine("stalls: how long the harness got no CPU during the measurement (wake-ups of a 10 ms ticker more than 100 ms late), and the longest.");
        var notes = _figures.Where(f => f.Note is not null).Select(f => $"{f.Scenario}, {f.Name} ({f.Data}): {f.Note}").Distinct().ToList();
        if (notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in notes)
            {
                output.WriteLine($"- {note}");
            }
        }
    }

    public void WriteJson(string path, IReadOnlyDictionary<string, string> run)
    {
        var document = new { startedAt = _startedAt, finishedAt = DateTimeOffset.UtcNow, run, figures = _figures };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(document, Json), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Stalls(Figure figure) =>
        figure.StalledMs == 0
            ? "none"
            : string.Create(CultureInfo.InvariantCulture, $"{figure.StalledMs / 1000:0.0} s (longest {figure.LongestStallMs / 1000:0.0} s)");

    public static string FormatValue(double value) => value switch
    {
        double.NaN => "n/a",
        _ when Math.Abs(value) >= 100 || value == Math.Floor(value) => value.ToString("0", CultureInfo.InvariantCulture),
        _ when Math.Abs(value) >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}

namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>
/// One stretch of the turnaround, between two stages, and its length in hours. The SQL view v_rx_turnaround computes
/// the same spans for reporting tools; this is the computation the staff pages use.
/// </summary>
public sealed class TurnaroundStage
{
    private readonly Func<StageTimes, DateTimeOffset?> _start;
    private readonly Func<StageTimes, DateTimeOffset?> _end;

    private TurnaroundStage(string key, string name, Func<StageTimes, DateTimeOffset?> start, Func<StageTimes, DateTimeOffset?> end)
    {
        Key = key;
        Name = name;
        _start = start;
        _end = end;
    }

    /// <summary>The column name of the span in the view and the CSV (without "_hours").</summary>
    public string Key { get; }

    public string Name { get; }

    public static TurnaroundStage ReceivedToVerified { get; } =
        new("received_to_verified", "Received → verified", t => t.ReceivedAt, t => t.VerifiedAt);

    public static TurnaroundStage VerifiedToCompounded { get; } =
        new("verified_to_compounded", "Verified → compounded", t => t.VerifiedAt, t => t.CompoundedAt);

    public static TurnaroundStage CompoundedToReleased { get; } =
        new("compounded_to_released", "Compounded → released", t => t.CompoundedAt, t => t.ReleasedAt);

    public static TurnaroundStage ReleasedToDispensed { get; } =
        new("released_to_dispensed", "Released → dispensed", t => t.ReleasedAt, t => t.DispensedAt);

    public static TurnaroundStage ReceivedToDispensed { get; } =
        new("received_to_dispensed", "Received → dispensed (total)", t => t.ReceivedAt, t => t.DispensedAt);

    /// <summary>The consecutive steps, in the order a fill goes through them.</summary>
    public static IReadOnlyList<TurnaroundStage> Steps { get; } = [ReceivedToVerified, VerifiedToCompounded, CompoundedToReleased, ReleasedToDispensed];

    /// <summary>The steps and the whole turnaround.</summary>
    public static IReadOnlyList<TurnaroundStage> All { get; } = [.. Steps, ReceivedToDispensed];

    /// <summary>Hours from the start stage to the end stage; nothing while either has not happened (or is not known yet).</summary>
    public double? HoursOf(StageTimes times) =>
        _start(times) is { } start && _end(times) is { } end ? (end - start).TotalHours : null;

    public override string ToString() => Name;
}

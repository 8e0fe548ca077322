namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>How long one stage took across the fills that have both of its ends.</summary>
public sealed record StageSummary(TurnaroundStage Stage, int Count, double? MedianHours, double? Percentile90Hours);

/// <summary>The turnaround of a set of fills: how many there are, how many reached the patient, and each stage's median and 90th percentile.</summary>
public sealed record TurnaroundSummary(int FillCount, int DispensedCount, IReadOnlyList<StageSummary> Stages)
{
    public static TurnaroundSummary Of(IReadOnlyCollection<StageTimes> fills) =>
        new(
            fills.Count,
            fills.Count(fill => fill.DispensedAt is not null),
            [.. TurnaroundStage.All.Select(stage => SummaryOf(stage, fills))]);

    /// <summary>Received to dispensed: the number a prescriber and a patient feel.</summary>
    public StageSummary Total => Stages.Single(summary => summary.Stage == TurnaroundStage.ReceivedToDispensed);

    /// <summary>The consecutive steps only, for the chart.</summary>
    public IReadOnlyList<StageSummary> Steps => [.. Stages.Where(summary => TurnaroundStage.Steps.Contains(summary.Stage))];

    private static StageSummary SummaryOf(TurnaroundStage stage, IEnumerable<StageTimes> fills)
    {
        var hours = fills.Select(stage.HoursOf).OfType<double>().ToList();
        return new StageSummary(stage, hours.Count, Percentile.Of(hours, Percentile.Median), Percentile.Of(hours, Percentile.Ninetieth));
    }
}

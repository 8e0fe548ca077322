namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>Where one QC check stands: every result in order (the latest decides), and the investigations of its failures.</summary>
public sealed record QcCheckStanding(QualityCheck Check, IReadOnlyList<QcResult> Results, IReadOnlyList<QcInvestigation> Investigations)
{
    public string Name => Check.Name;

    public QcResult? Latest => Results.Count == 0 ? null : Results[^1];

    public bool HasResult => Latest is not null;

    public bool Passed => Latest is { Passed: true };

    public QcOutcome? Outcome => Latest?.Outcome;

    public bool HasFailed => Results.Any(result => !result.Passed);

    /// <summary>Failed results no pharmacist has investigated yet: each one holds the release.</summary>
    public IReadOnlyList<QcResult> UninvestigatedFailures =>
        [.. Results.Where(result => !result.Passed && !Investigations.Any(investigation => investigation.Covers(result)))];
}

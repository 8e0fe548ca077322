using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// One QC check of a batch as the formula asks for it: its name, its specification in words and, for a measured check,
/// its measure and limits. Its results are kept by the release task, one row per result, never overwritten.
/// </summary>
public sealed class QualityCheck : Entity
{
    private QualityCheck()
    {
    }

    internal QualityCheck(int sequence, QcCheckSpec spec)
    {
        Sequence = sequence;
        Name = spec.Name.Trim();
        Specification = spec.Specification.Trim();
        var measured = spec.Measure != QcMeasure.PassFail && spec.Lowest is { } lowest && spec.Highest is { } highest && lowest < highest;
        Measure = spec.Measure;
        Lowest = measured ? spec.Lowest : null;
        Highest = measured ? spec.Highest : null;
    }

    /// <summary>The order in which the formula lists its checks.</summary>
    public int Sequence { get; private set; }

    public string Name { get; private set; } = "";

    public string Specification { get; private set; } = "";

    /// <summary>How the result is entered, as the formula says; pass/fail for batches announced before measures were sent.</summary>
    public QcMeasure Measure { get; private set; }

    public decimal? Lowest { get; private set; }

    public decimal? Highest { get; private set; }

    /// <summary>
    /// Where the check stands: the outcome of its latest result, kept on the check's row for those who read QC results by
    /// check. The results themselves are the release task's rows.
    /// </summary>
    public QcOutcome? Outcome { get; private set; }

    public bool HasResult => Outcome is not null;

    public bool Passed => Outcome == QcOutcome.Pass;

    /// <summary>
    /// A potency or assay announced without a measure (older batches) is read, as it always was, as a percentage of label
    /// against the range its specification gives (90-110% by default), and may still be written in words.
    /// </summary>
    public bool IsPotencyWithoutMeasure => Measure == QcMeasure.PassFail && PotencyRange.IsPotencyCheck(Name);

    /// <summary>The measure the result is read in.</summary>
    public QcMeasure ReadAs => IsPotencyWithoutMeasure ? QcMeasure.PercentOfLabel : Measure;

    public bool IsMeasured => ReadAs != QcMeasure.PassFail;

    public bool IsPotency => ReadAs is QcMeasure.PercentOfLabel or QcMeasure.MgPerUnit || PotencyRange.IsPotencyCheck(Name);

    /// <summary>The limits a measured result is judged against; none for a pass/fail check.</summary>
    public QcLimits? Limits => IsPotencyWithoutMeasure || (Measure == QcMeasure.PercentOfLabel && Lowest is null)
        ? FromSpecification()
        : Lowest is { } lowest && Highest is { } highest ? new QcLimits(lowest, highest) : null;

    internal void StandsBy(QcResult latest) => Outcome = latest.Outcome;

    private QcLimits FromSpecification()
    {
        var range = PotencyRange.FromSpecification(Specification);
        return new QcLimits(range.Lowest, range.Highest);
    }
}

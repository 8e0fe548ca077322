using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// One result of one QC check, as recorded: never changed afterwards. A later result of the same check is a retest
/// beside it; the check stands by its latest result.
/// </summary>
public sealed class QcResult : Entity
{
    private QcResult()
    {
    }

    internal QcResult(int checkSequence, int sequence, string result, decimal? value, QcOutcome outcome, string recordedBy, DateTimeOffset recordedAt)
    {
        CheckSequence = checkSequence;
        Sequence = sequence;
        Result = result;
        Value = value;
        Outcome = outcome;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        IsRetest = sequence > 1;
    }

    /// <summary>The check this result belongs to (its sequence on the release task).</summary>
    public int CheckSequence { get; private set; }

    /// <summary>1 for the first result of the check, 2 for its first retest, and so on.</summary>
    public int Sequence { get; private set; }

    /// <summary>The result as it was typed.</summary>
    public string Result { get; private set; } = "";

    /// <summary>The number read from a measured result, in the check's unit.</summary>
    public decimal? Value { get; private set; }

    public QcOutcome Outcome { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsRetest { get; private set; }

    public bool Passed => Outcome == QcOutcome.Pass;

    /// <summary>The result as people read it: "4.6 mg per capsule", "87% of label", "pH 7.1", or the text as typed.</summary>
    public string InWords(QualityCheck check, string batchUnit) =>
        Value is { } value ? QcReading.InWords(check.ReadAs, value, batchUnit) : Result;
}

using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>One QC check of a batch: what the formula asks for and, once tested, the result and its judgement.</summary>
public sealed class QualityCheck : Entity
{
    private QualityCheck()
    {
    }

    internal QualityCheck(int sequence, string name, string specification)
    {
        Sequence = sequence;
        Name = name;
        Specification = specification;
    }

    /// <summary>The order in which the formula lists its checks.</summary>
    public int Sequence { get; private set; }

    public string Name { get; private set; } = "";

    public string Specification { get; private set; } = "";

    public string? Result { get; private set; }

    /// <summary>Set when the result was entered as a percentage of label (potency).</summary>
    public decimal? PercentOfLabel { get; private set; }

    public QcOutcome? Outcome { get; private set; }

    public string? RecordedBy { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public bool HasResult => Outcome is not null;

    public bool Passed => Outcome == QcOutcome.Pass;

    public bool IsPotency => PotencyRange.IsPotencyCheck(Name);

    /// <summary>The result as people read it in a message: "87% of label" for potency, the text otherwise.</summary>
    public string ResultInWords => PercentOfLabel is { } percent
        ? string.Create(CultureInfo.InvariantCulture, $"{percent:0.##}% of label")
        : Result ?? "";

    internal void Record(string result, decimal? percentOfLabel, QcOutcome outcome, string recordedBy, DateTimeOffset recordedAt)
    {
        Result = result;
        PercentOfLabel = percentOfLabel;
        Outcome = outcome;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }
}

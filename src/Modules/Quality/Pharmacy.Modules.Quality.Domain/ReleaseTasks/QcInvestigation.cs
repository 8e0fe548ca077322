using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// A pharmacist's signed investigation of the failed results of one QC check: it covers every failed result of the
/// check recorded before it. A failure recorded afterwards needs an investigation of its own.
/// </summary>
public sealed class QcInvestigation : Entity
{
    private QcInvestigation()
    {
    }

    internal QcInvestigation(int checkSequence, int sequence, int coversThroughResult, string findings, DecisionSignature signature, DateTimeOffset now)
    {
        CheckSequence = checkSequence;
        Sequence = sequence;
        CoversThroughResult = coversThroughResult;
        Findings = findings;
        DocumentedBy = signature.SignedBy;
        SignatureMeaning = signature.Meaning;
        DocumentedAt = now;
    }

    public int CheckSequence { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>The sequence of the check's latest result when the investigation was signed: every failure up to it is covered.</summary>
    public int CoversThroughResult { get; private set; }

    public string Findings { get; private set; } = "";

    public string DocumentedBy { get; private set; } = "";

    public string SignatureMeaning { get; private set; } = "";

    public DateTimeOffset DocumentedAt { get; private set; }

    public bool Covers(QcResult result) => result.CheckSequence == CheckSequence && result.Sequence <= CoversThroughResult;
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>
/// Quality's review of one compounded batch: its facts, its QC results, and the signed decision to release or reject
/// it. Only a released batch's fills may be dispensed.
/// </summary>
public sealed class ReleaseTask : AggregateRoot
{
    /// <summary>USP &lt;795&gt;/&lt;797&gt; ask at least for a visual inspection of every finished preparation.</summary>
    public static readonly QcCheckSpec VisualInspection = new("Appearance", "As described in the master formulation record");

    private readonly List<BatchLot> _lots = [];
    private readonly List<QualityCheck> _checks = [];
    private readonly List<QcResult> _results = [];
    private readonly List<QcInvestigation> _investigations = [];
    private readonly List<WeighedLine> _weights = [];
    private List<Guid> _fillIds = [];
    private List<string> _flags = [];

    private ReleaseTask()
    {
    }

    public ReleaseTaskId Id { get; private set; }

    public Guid BatchId { get; private set; }

    public string BatchNumber { get; private set; } = "";

    public string FormulaCode { get; private set; } = "";

    public string FormulaName { get; private set; } = "";

    public int FormulaVersion { get; private set; }

    public decimal Quantity { get; private set; }

    public string Unit { get; private set; } = "";

    public DateTimeOffset BeyondUseDate { get; private set; }

    /// <summary>Which of the USP table limit, the stability reference or the earliest lot expiry set the BUD.</summary>
    public BudLimitedBy BudLimitedBy { get; private set; }

    public StorageCondition Storage { get; private set; }

    public string PreparedBy { get; private set; } = "";

    public string CheckedBy { get; private set; } = "";

    public DateTimeOffset CompoundedAt { get; private set; }

    public IReadOnlyList<BatchLot> Lots => _lots;

    public IReadOnlyList<QualityCheck> Checks => _checks;

    public IReadOnlyList<Guid> FillIds => _fillIds;

    /// <summary>Every QC result recorded, first results and retests alike, in the order they were recorded per check.</summary>
    public IReadOnlyList<QcResult> Results => _results;

    public IReadOnlyList<QcInvestigation> Investigations => _investigations;

    /// <summary>The compounding record's weights against theoretical, as the checker saw them.</summary>
    public IReadOnlyList<WeighedLine> Weights => _weights;

    /// <summary>The actual yield as a percentage of theoretical; unknown for batches announced before it was sent.</summary>
    public decimal? YieldPercent { get; private set; }

    /// <summary>Each flag the checker assessed (a weight outside ±5%, a yield outside 95-105%), in words.</summary>
    public IReadOnlyList<string> Flags => _flags;

    public string? Deviations { get; private set; }

    public string? CheckAssessment { get; private set; }

    /// <summary>Each check with its results in order and its investigations: the latest result decides.</summary>
    public IReadOnlyList<QcCheckStanding> Standings =>
    [
        .. _checks.OrderBy(check => check.Sequence).Select(check => new QcCheckStanding(
            check,
            [.. _results.Where(result => result.CheckSequence == check.Sequence).OrderBy(result => result.Sequence)],
            [.. _investigations.Where(investigation => investigation.CheckSequence == check.Sequence).OrderBy(investigation => investigation.Sequence)])),
    ];

    /// <summary>What still holds the release, by the same rules the release applies, so a page can say so in advance.</summary>
    public IReadOnlyList<IBusinessRule> ReleaseBlockers()
    {
        var standings = Standings;
        return
        [
            .. new IBusinessRule[]
            {
                new EveryQcCheckMustHaveAResultRule(standings), new EveryQcCheckMustPassRule(standings, Unit),
                new EveryFailedQcResultMustBeInvestigatedRule(standings),
            }.Where(rule => rule.IsBroken()),
        ];
    }

    public ReleaseTaskStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    // The counts and the latest result live on the task itself so that every recorded result changes the aggregate:
    // that bumps its version and puts the result in the audit trail's changed values.
    public int ChecksWithResult { get; private set; }

    public int ChecksPassed { get; private set; }

    public string? LatestResult { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? SignatureMeaning { get; private set; }

    public string? RejectionReason { get; private set; }

    public static ReleaseTask Open(CompoundedBatch batch, DateTimeOffset now)
    {
        var specs = batch.Checks
            .Where(spec => !string.IsNullOrWhiteSpace(spec.Name))
            .DistinctBy(spec => spec.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .DefaultIfEmpty(VisualInspection);
        var task = new ReleaseTask
        {
            Id = TypedId.New<ReleaseTaskId>(),
            BatchId = batch.BatchId,
            BatchNumber = batch.BatchNumber,
            FormulaCode = batch.FormulaCode,
            FormulaName = batch.FormulaName,
            FormulaVersion = batch.FormulaVersion,
            Quantity = batch.Quantity,
            Unit = batch.Unit,
            BeyondUseDate = batch.BeyondUseDate,
            BudLimitedBy = batch.BudLimitedBy,
            Storage = batch.Storage,
            PreparedBy = batch.PreparedBy,
            CheckedBy = batch.CheckedBy,
            CompoundedAt = batch.CompoundedAt,
            _fillIds = [.. batch.FillIds.Distinct()],
            _flags = [.. (batch.Flags ?? []).Where(flag => !string.IsNullOrWhiteSpace(flag)).Select(flag => flag.Trim())],
            YieldPercent = batch.YieldPercent,
            Deviations = string.IsNullOrWhiteSpace(batch.Deviations) ? null : batch.Deviations.Trim(),
            CheckAssessment = string.IsNullOrWhiteSpace(batch.CheckAssessment) ? null : batch.CheckAssessment.Trim(),
            Status = ReleaseTaskStatus.Open,
            OpenedAt = now,
        };
        task._lots.AddRange(batch.Lots);
        task._weights.AddRange(batch.Weights ?? []);
        task._checks.AddRange(specs.Select((spec, i) => new QualityCheck(i + 1, spec)));
        return task;
    }

    /// <summary>
    /// Records a result of one check; on a check that already has one it is a retest, kept beside the earlier results.
    /// A measured check takes a number in its own unit, judged against its limits; a pass/fail check needs the
    /// reviewer's pass or fail.
    /// </summary>
    public void RecordResult(string checkName, string result, QcOutcome? outcome, string recordedBy, DateTimeOffset now)
    {
        CheckRule(new ReleaseTaskMustBeOpenRule(Status, BatchNumber));
        var check = FindCheck(checkName);

        var text = result.Trim();
        var value = check.IsMeasured ? QcReading.Read(check.ReadAs, text) : null;
        if (check.IsMeasured && !check.IsPotencyWithoutMeasure)
        {
            CheckRule(new QcResultMustBeANumberInItsUnitRule(check, value, Unit));
        }

        if (value is { } number)
        {
            CheckRule(new QcResultMustBePlausibleRule(check, number, Unit));
            if (check.Limits is { } limits)
            {
                CheckRule(new ResultOutsideItsLimitsCannotPassRule(check, number, limits, outcome, Unit));
                outcome ??= limits.Contains(number) ? QcOutcome.Pass : QcOutcome.Fail;
            }
        }

        CheckRule(new QcResultMustSayPassOrFailRule(check.Name, outcome));
        var sequence = _results.Count(r => r.CheckSequence == check.Sequence) + 1;
        var recorded = new QcResult(check.Sequence, sequence, text, value, outcome!.Value, recordedBy, now);
        _results.Add(recorded);
        check.StandsBy(recorded);
        var standings = Standings;
        ChecksWithResult = standings.Count(c => c.HasResult);
        ChecksPassed = standings.Count(c => c.Passed);
        LatestResult = $"{check.Name}{(recorded.IsRetest ? " retest" : "")}: {recorded.InWords(check, Unit)} ({recorded.Outcome})";
    }

    /// <summary>
    /// A pharmacist documents, with their electronic signature, the investigation of a check's failed results: it covers
    /// every failure of the check recorded so far.
    /// </summary>
    public void DocumentInvestigation(string checkName, string findings, DecisionSignature? signature, bool signedByPharmacist, DateTimeOffset now)
    {
        CheckRule(new ReleaseTaskMustBeOpenRule(Status, BatchNumber));
        var check = FindCheck(checkName);
        var standing = Standings.Single(s => s.Check.Sequence == check.Sequence);
        CheckRule(new QcInvestigationNeedsAFailedResultRule(standing));
        CheckRule(new QcInvestigationMustGiveFindingsRule(check.Name, findings));
        CheckRule(new QcInvestigationMustBeSignedByAPharmacistRule(signature, signedByPharmacist));
        var investigation = new QcInvestigation(
            check.Sequence, standing.Investigations.Count + 1, standing.Latest!.Sequence, findings.Trim(), signature!, now);
        _investigations.Add(investigation);
        LatestResult = $"{check.Name}: investigation documented by {investigation.DocumentedBy}";
    }

    public void Release(DecisionSignature? signature, DateTimeOffset now)
    {
        CheckRule(new ReleaseTaskMustBeOpenRule(Status, BatchNumber));
        CheckRule(new DecisionMustBeSignedRule(signature, "Releasing"));
        CheckRule(new BatchCannotBeReleasedOnOrAfterItsBeyondUseDateRule(BatchNumber, BeyondUseDate, now));
        foreach (var blocker in ReleaseBlockers())
        {
            CheckRule(blocker);
        }

        Decide(ReleaseTaskStatus.Released, signature!, now);
        Raise(new BatchReleasedDomainEvent(Id, BatchId, BatchNumber, FillIds, DecidedBy!, now));
    }

    public void Reject(string reason, DecisionSignature? signature, DateTimeOffset now)
    {
        CheckRule(new ReleaseTaskMustBeOpenRule(Status, BatchNumber));
        CheckRule(new RejectionMustGiveAReasonRule(reason));
        CheckRule(new DecisionMustBeSignedRule(signature, "Rejecting"));
        RejectionReason = reason.Trim();
        Decide(ReleaseTaskStatus.Rejected, signature!, now);
        Raise(new BatchRejectedDomainEvent(Id, BatchId, BatchNumber, FillIds, RejectionReason, DecidedBy!, now));
    }

    private QualityCheck FindCheck(string checkName)
    {
        var check = _checks.SingleOrDefault(c => string.Equals(c.Name, checkName.Trim(), StringComparison.OrdinalIgnoreCase));
        CheckRule(new QcCheckMustBelongToTheBatchRule(check, checkName, BatchNumber));
        return check!;
    }

    private void Decide(ReleaseTaskStatus status, DecisionSignature signature, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
        DecidedBy = signature.SignedBy;
        SignatureMeaning = signature.Meaning;
    }
}

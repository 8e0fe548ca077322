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
    private List<Guid> _fillIds = [];

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
            Status = ReleaseTaskStatus.Open,
            OpenedAt = now,
        };
        task._lots.AddRange(batch.Lots);
        task._checks.AddRange(specs.Select((spec, i) => new QualityCheck(i + 1, spec.Name.Trim(), spec.Specification.Trim())));
        return task;
    }

    /// <summary>
    /// Records (or corrects) the result of one check. A potency entered as a percentage of label is judged against its
    /// range; any other result needs the reviewer's pass or fail.
    /// </summary>
    public void RecordResult(string checkName, string result, QcOutcome? outcome, string recordedBy, DateTimeOffset now)
    {
        CheckRule(new ReleaseTaskMustBeOpenRule(Status, BatchNumber));
        var check = _checks.SingleOrDefault(c => string.Equals(c.Name, checkName.Trim(), StringComparison.OrdinalIgnoreCase));
        CheckRule(new QcCheckMustBelongToTheBatchRule(check, checkName, BatchNumber));

        var text = result.Trim();
        var percent = check!.IsPotency ? PotencyRange.ReadPercentOfLabel(text) : null;
        if (percent is { } value)
        {
            var range = PotencyRange.FromSpecification(check.Specification);
            CheckRule(new PotencyOutsideItsRangeCannotPassRule(check.Name, value, range, outcome));
            outcome ??= range.Contains(value) ? QcOutcome.Pass : QcOutcome.Fail;
        }

        CheckRule(new QcResultMustSayPassOrFailRule(check.Name, outcome));
        check.Record(text, percent, outcome!.Value, recordedBy, now);
        ChecksWithResult = _checks.Count(c => c.HasResult);
        ChecksPassed = _checks.Count(c => c.Passed);
        LatestResult = $"{check.Name}: {check.ResultInWords} ({check.Outcome})";
    }

    public void Release(DecisionSignature? signature, DateTimeOffset now)
    {
        CheckRule(new ReleaseTaskMustBeOpenRule(Status, BatchNumber));
        CheckRule(new DecisionMustBeSignedRule(signature, "Releasing"));
        CheckRule(new BatchCannotBeReleasedOnOrAfterItsBeyondUseDateRule(BatchNumber, BeyondUseDate, now));
        CheckRule(new EveryQcCheckMustHaveAResultRule(_checks));
        CheckRule(new EveryQcCheckMustPassRule(_checks));
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

    private void Decide(ReleaseTaskStatus status, DecisionSignature signature, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
        DecidedBy = signature.SignedBy;
        SignatureMeaning = signature.Meaning;
    }
}

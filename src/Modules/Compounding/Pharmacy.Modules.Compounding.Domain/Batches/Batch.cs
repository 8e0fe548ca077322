using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>
/// A compounding record: one batch made from one approved formula version for one or more fills, with the lots
/// used, what was weighed, who prepared and who checked it, and its beyond-use date.
/// Planned -> InProgress -> Compounded -> Checked -> Released / Rejected (Quality decides the last step).
/// </summary>
public sealed class Batch : AggregateRoot
{
    /// <summary>Unit shown while no approved formula says what the quantity counts.</summary>
    public const string UnknownUnit = "units";

    public const string SterilityTest = "Sterility (USP <71>)";

    public const string EndotoxinTest = "Bacterial endotoxins (USP <85>)";

    private readonly List<BatchFill> _fills = [];
    private readonly List<BatchIngredient> _ingredients = [];
    private readonly List<BatchLot> _lots = [];

    private Batch()
    {
    }

    public BatchId Id { get; private set; }

    public string BatchNumber { get; private set; } = "";

    public string FormulaCode { get; private set; } = "";

    public string FormulaName { get; private set; } = "";

    /// <summary>The approved formula version used; 0 while the code has no approved version.</summary>
    public int FormulaVersion { get; private set; }

    /// <summary>Planned although the formula code is unknown or has no approved version; it cannot start until one is approved.</summary>
    public bool NoApprovedFormula { get; private set; }

    public decimal Quantity { get; private set; }

    public string Unit { get; private set; } = "";

    public StorageCondition? Storage { get; private set; }

    public BatchStatus Status { get; private set; }

    public IReadOnlyList<BatchFill> Fills => _fills;

    public IReadOnlyList<BatchIngredient> Ingredients => _ingredients;

    public IReadOnlyList<BatchLot> Lots => _lots;

    public DateTimeOffset PlannedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompoundedAt { get; private set; }

    public string? PreparedById { get; private set; }

    public string? PreparedByName { get; private set; }

    /// <summary>The quantity actually obtained, in the batch's unit.</summary>
    public decimal? ActualYield { get; private set; }

    /// <summary>Kept as recorded (see <see cref="BatchIngredient.OutsideTolerance"/>).</summary>
    public bool YieldOutsideRange { get; private set; }

    public string? Deviations { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public string? CheckedById { get; private set; }

    public string? CheckedByName { get; private set; }

    public DateTimeOffset? BeyondUseDate { get; private set; }

    public BudLimitedBy? BudLimitedBy { get; private set; }

    /// <summary>How the beyond-use date was reached, in the engine's words, as it was at the check.</summary>
    public string? BudExplanation { get; private set; }

    /// <summary>The checking pharmacist's assessment of the flagged weights or yield.</summary>
    public string? CheckAssessment { get; private set; }

    public DateTimeOffset? QualityDecisionAt { get; private set; }

    public string? QualityDecisionBy { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>When a planned batch was cancelled because no fill was left for it, and which cancellation ended it.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>
    /// Planned by a pharmacist ahead of the prescriptions it will serve (anticipatory compounding): its quantity is
    /// what was decided, and fills draw on it until none is left, instead of making it grow.
    /// </summary>
    public bool ForStock { get; private set; }

    /// <summary>What a stock batch has left for fills: what it yielded (or will make) less what its fills took.</summary>
    public decimal StockLeft => ForStock ? Math.Max(0, (ActualYield ?? Quantity) - _fills.Sum(fill => fill.Quantity)) : 0;

    public decimal? YieldPercent => ActualYield is { } actual ? CompoundingTolerances.YieldPercent(Quantity, actual) : null;

    public bool AnyIngredientOutsideTolerance => _ingredients.Any(i => i.OutsideTolerance);

    /// <summary>Plans a batch for a fill from the formula's approved version, or flagged when there is none.</summary>
    public static Batch Plan(string batchNumber, string formulaCode, Formula? approvedFormula, BatchFill fill, DateTimeOffset now)
    {
        var batch = new Batch
        {
            Id = TypedId.New<BatchId>(),
            BatchNumber = batchNumber,
            FormulaCode = formulaCode.Trim().ToUpperInvariant(),
            FormulaName = formulaCode.Trim().ToUpperInvariant(),
            NoApprovedFormula = true,
            Unit = UnknownUnit,
            Quantity = fill.Quantity,
            Status = BatchStatus.Planned,
            PlannedAt = now,
        };
        batch._fills.Add(fill);
        batch.UseFormulaOrRescale(approvedFormula);
        batch.RaisePlanned(now);
        return batch;
    }

    /// <summary>
    /// Plans a batch for stock from the approved version, before any prescription asks for it: nothing is reserved
    /// until it starts, and the fills that come draw on it.
    /// </summary>
    public static Batch PlanForStock(string batchNumber, Formula? approvedFormula, string formulaCode, decimal quantity, DateTimeOffset now)
    {
        CheckRule(new BatchNeedsAnApprovedFormulaRule(formulaCode.Trim().ToUpperInvariant(), approvedFormula));
        CheckRule(new StockQuantityMustSuitTheFormulaRule(approvedFormula!, quantity));
        var batch = new Batch
        {
            Id = TypedId.New<BatchId>(),
            BatchNumber = batchNumber,
            FormulaCode = approvedFormula!.Code,
            Quantity = quantity,
            Status = BatchStatus.Planned,
            PlannedAt = now,
            ForStock = true,
        };
        batch.UseFormula(approvedFormula);
        batch.RaisePlanned(now);
        return batch;
    }

    /// <summary>
    /// Whether this stock batch can serve a fill: still to be made, being made or awaiting its check (the check then
    /// dates the fill with the batch), or released with a beyond-use date that outlasts the fill's days supply; and
    /// with enough left. A batch checked and awaiting Quality serves none until it is released.
    /// </summary>
    public bool CanServe(decimal quantity, DateTimeOffset endOfSupply) =>
        ForStock
        && Status is BatchStatus.Planned or BatchStatus.InProgress or BatchStatus.Compounded or BatchStatus.Released
        && StockLeft >= quantity
        && !(BeyondUseDate < endOfSupply);

    /// <summary>
    /// A fill draws on this stock batch. Before the check it is one of the batch's fills like any other; once the
    /// batch is released the fill is ready at once, with the batch's beyond-use date.
    /// </summary>
    public void ServeFromStock(BatchFill fill, DateTimeOffset endOfSupply, DateTimeOffset now)
    {
        if (_fills.Any(existing => existing.FillId == fill.FillId))
        {
            return;
        }

        CheckRule(new StockMustCoverTheFillRule(this, fill.Quantity, endOfSupply));
        _fills.Add(fill);
        if (Status == BatchStatus.Released)
        {
            Raise(new FillServedFromStockDomainEvent(
                Id, BatchNumber, FormulaCode, fill.FillId, BeyondUseDate!.Value, Storage!.Value, now));
            return;
        }

        RaisePlanned(now);
    }

    /// <summary>Another fill of the same formula joins this planned batch; the quantities grow with it.</summary>
    public void AddFill(BatchFill fill, Formula? approvedFormula, DateTimeOffset now)
    {
        CheckRule(new BatchMustBeInStatusRule(BatchNumber, Status, BatchStatus.Planned, "given another fill"));
        if (_fills.Any(existing => existing.FillId == fill.FillId))
        {
            return;
        }

        _fills.Add(fill);
        Quantity += fill.Quantity;
        UseFormulaOrRescale(approvedFormula);
        RaisePlanned(now);
    }

    /// <summary>
    /// The fill's prescription was cancelled: the fill leaves the batch. A planned batch shrinks to the fills left and,
    /// with none left, is cancelled (nothing was reserved yet). A batch already started is made as planned: what it
    /// makes beyond its remaining fills is stock. A fill the batch does not serve changes nothing.
    /// </summary>
    public void RemoveCancelledFill(Guid fillId, string reason, Formula? approvedFormula, DateTimeOffset now)
    {
        var fill = _fills.FirstOrDefault(existing => existing.FillId == fillId);
        if (fill is null)
        {
            return;
        }

        _fills.Remove(fill);
        if (ForStock || Status != BatchStatus.Planned)
        {
            // What the fill would have taken is stock again.
            return;
        }

        if (_fills.Count == 0)
        {
            Status = BatchStatus.Cancelled;
            CancelledAt = now;
            CancellationReason = $"Rx {fill.RxNumber}-{fill.FillNumber} cancelled: {reason.Trim()}";
            Raise(new BatchCancelledDomainEvent(Id, BatchNumber, FormulaCode, CancellationReason, now));
            return;
        }

        Quantity -= fill.Quantity;
        UseFormulaOrRescale(approvedFormula);
        RaisePlanned(now);
    }

    /// <summary>What must be reserved to start: the approved formula's quantities for this batch's quantity.</summary>
    public IReadOnlyList<IngredientQuantity> NeedsToStart(Formula? approvedFormula)
    {
        CheckRule(new BatchMustBeInStatusRule(BatchNumber, Status, BatchStatus.Planned, "started"));
        CheckRule(new BatchNeedsAnApprovedFormulaRule(FormulaCode, approvedFormula));
        return approvedFormula!.QuantitiesFor(Quantity);
    }

    /// <summary>Inventory reserved the lots: compounding can begin. With a shortfall the batch stays planned.</summary>
    public void Start(Formula? approvedFormula, LotAllocation allocation, DateTimeOffset now)
    {
        var needs = NeedsToStart(approvedFormula);
        CheckRule(new IngredientsMustBeInStockRule(allocation));
        CheckRule(new EveryIngredientMustHaveAReservedLotRule(needs, allocation.Lots));
        UseFormulaOrRescale(approvedFormula);
        _lots.AddRange(allocation.Lots);
        Status = BatchStatus.InProgress;
        StartedAt = now;
        Raise(new BatchStartedDomainEvent(
            Id, BatchNumber, FormulaCode, FormulaVersion, Quantity, Unit,
            [.. _lots.Select(lot => new LotUsed(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Allocated))], [.. _fills.Select(f => f.FillId)], now));
    }

    /// <summary>
    /// The technician records what was weighed for every ingredient and what the batch yielded. A typing error (ten
    /// times the theoretical or more) and more than Inventory reserved are refused; a weight outside tolerance or a
    /// yield outside 95-105% is flagged and must be explained as a deviation.
    /// </summary>
    public void RecordCompounding(
        IReadOnlyList<WeighedIngredient> weighed, decimal actualYield, string? deviations, string preparerId, string preparerName, DateTimeOffset now)
    {
        CheckRule(new BatchMustBeInStatusRule(BatchNumber, Status, BatchStatus.InProgress, "recorded as compounded"));
        CheckRule(new EveryIngredientMustBeWeighedRule(_ingredients, weighed));
        CheckRule(new WeighedIngredientsMustNameTheirBalanceRule(_ingredients, weighed));
        CheckRule(new ActualYieldMustBePositiveRule(actualYield));
        var byCode = weighed.ToDictionary(w => w.ItemCode.Trim().ToUpperInvariant());
        // What was weighed is in the ingredient's own unit, as the worksheet asks for it.
        Quantity WeighedOf(BatchIngredient ingredient) => new(byCode[ingredient.ItemCode].ActualQuantity, ingredient.Unit);
        CheckRule(new WeighedQuantitiesMustBePlausibleRule([.. _ingredients.Select(i => (i, WeighedOf(i)))]));
        CheckRule(new WeighedQuantitiesMustBeReservedRule([.. _ingredients.Select(i => (i, WeighedOf(i), ReservedOf(i)))]));
        var outside = CompoundingTolerances.LinesOutsideTolerance([.. _ingredients.Select(i => (i.Line, i.Role, i.Theoretical, WeighedOf(i)))]);
        var yieldOutside = CompoundingTolerances.IsYieldOutsideRange(CompoundingTolerances.YieldPercent(Quantity, actualYield));
        CheckRule(new DeviationMustBeExplainedRule(
            [.. _ingredients.Where(i => outside.Contains(i.Line)).Select(i => i.Name)], yieldOutside, deviations));

        foreach (var ingredient in _ingredients)
        {
            ingredient.RecordWeighed(WeighedOf(ingredient), byCode[ingredient.ItemCode].BalanceId, outside.Contains(ingredient.Line));
            TakeFromLots(ingredient.ItemCode, WeighedOf(ingredient));
        }

        ActualYield = actualYield;
        YieldOutsideRange = yieldOutside;
        Deviations = string.IsNullOrWhiteSpace(deviations) ? null : deviations.Trim();
        PreparedById = preparerId;
        PreparedByName = preparerName;
        CompoundedAt = now;
        Status = BatchStatus.Compounded;
        if (Flags.Count > 0 || Deviations is not null)
        {
            Raise(new BatchDeviationRecordedDomainEvent(
                Id, BatchNumber, FormulaCode, FormulaVersion, [.. Flags.Select(flag => flag.Description)], Deviations, preparerName, now));
        }
    }

    /// <summary>What Inventory reserved of an ingredient for this batch, in the ingredient's unit.</summary>
    public Pharmacy.Shared.Kernel.Quantity ReservedOf(BatchIngredient ingredient) =>
        _lots.Where(lot => lot.ItemCode == ingredient.ItemCode)
            .Aggregate(Pharmacy.Shared.Kernel.Quantity.Zero(ingredient.Unit), (sum, lot) => sum + lot.Allocated);

    /// <summary>What the checker must assess before signing: each weight outside tolerance and a yield outside 95-105%.</summary>
    public IReadOnlyList<BatchFlag> Flags =>
    [
        .. _ingredients.Where(i => i.OutsideTolerance).OrderBy(i => i.Line).Select(i => new BatchFlag(
            BatchFlag.LineKey(i.Line),
            i.Role is IngredientRole.Base or IngredientRole.BaseQs
                ? $"{i.Name}: {i.Weighed} weighed; with the other lines the total is outside ±5% of theoretical"
                : $"{i.Name}: {i.Weighed} weighed against {i.Theoretical} theoretical, outside ±5%")),
        .. YieldOutsideRange && YieldPercent is { } percent
            ? [new BatchFlag(BatchFlag.YieldKey, $"Yield {ActualYield:0.####} {Unit} is {percent:0.##}% of theoretical, outside 95-105%")]
            : Array.Empty<BatchFlag>(),
    ];

    /// <summary>
    /// A pharmacist other than the preparer checks the record (e-signature); the beyond-use date is assigned and
    /// Quality is told the batch waits for release.
    /// </summary>
    public void Check(
        string checkerId, string checkerName, Formula formula, IReadOnlyCollection<string> assessedFlags, string? assessment, DateTimeOffset now)
    {
        CheckRule(new BatchMustBeInStatusRule(BatchNumber, Status, BatchStatus.Compounded, "checked"));
        CheckRule(new BatchMustBeCheckedBySomeoneOtherThanThePreparerRule(PreparedById, checkerId));
        CheckRule(new FormulaMustBeTheVersionTheBatchUsedRule(FormulaCode, FormulaVersion, formula));
        CheckRule(new EveryFlagMustBeAssessedBeforeTheCheckRule(Flags, assessedFlags, assessment));
        var bud = BeyondUseDateCalculator.CalculateForLots(formula.BudInputs, StartedAt!.Value, _lots.Select(lot => lot.ExpiresOn));
        BeyondUseDate = bud.Date;
        BudLimitedBy = bud.LimitedBy;
        BudExplanation = bud.Explanation;
        Storage = bud.Storage;
        CheckAssessment = string.IsNullOrWhiteSpace(assessment) ? null : assessment.Trim();
        CheckedById = checkerId;
        CheckedByName = checkerName;
        CheckedAt = now;
        Status = BatchStatus.Checked;
        Raise(new BatchCheckedDomainEvent(
            Id, BatchNumber, FormulaCode, FormulaName, FormulaVersion, Quantity, Unit, bud,
            [.. _lots.Select(lot => new LotUsed(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Used ?? new Quantity(0, lot.Unit)))],
            ReleaseTestsOf(formula),
            [.. _fills.Select(fill => fill.FillId)], PreparedByName!, checkerName, now,
            [.. _ingredients.OrderBy(i => i.Line).Select(i => new WeighedLineRecord(
                i.ItemCode, i.Name, i.Role, i.Theoretical, i.Weighed ?? new Quantity(0, i.Unit), i.OutsideTolerance))],
            YieldPercent, [.. Flags.Select(flag => flag.Description)], Deviations, CheckAssessment));
    }

    /// <summary>
    /// The formula's QC checks, and the tests its beyond-use date relies on: a sterile preparation dated on a
    /// "sterility tested" row needs a passing sterility test (USP &lt;71&gt;) of this batch, and a Category 3 injection
    /// made from a non-sterile component a passing bacterial endotoxins test (USP &lt;85&gt;), before Quality may release it.
    /// </summary>
    public static IReadOnlyList<QualityCheckSpecification> ReleaseTestsOf(Formula formula)
    {
        var checks = formula.QualityChecks.OrderBy(check => check.Line)
            .Select(check => new QualityCheckSpecification(check.Name, check.Specification, check.Measure, check.Lowest, check.Highest)).ToList();
        bool Lists(string word) => checks.Any(check => check.Name.Contains(word, StringComparison.OrdinalIgnoreCase));
        if (formula.BudInputs is { IsSterile: true, SterilityTested: true } && !Lists("sterility"))
        {
            checks.Add(new QualityCheckSpecification(SterilityTest, "No growth (USP <71>); the beyond-use date relies on it"));
        }

        if (formula is { Preparation: PreparationType.SterileCategory3, DosageForm: DosageForm.Injection, NonSterileStartingComponent: true }
            && !Lists("endotoxin"))
        {
            checks.Add(new QualityCheckSpecification(EndotoxinTest, "Within the formula's endotoxin limit (USP <85>)"));
        }

        return checks;
    }

    /// <summary>Quality released the batch; a repeated decision changes nothing.</summary>
    public void Release(string releasedBy, DateTimeOffset at)
    {
        if (Status == BatchStatus.Released)
        {
            return;
        }

        CheckRule(new BatchMustBeInStatusRule(BatchNumber, Status, BatchStatus.Checked, "released"));
        Status = BatchStatus.Released;
        QualityDecisionAt = at;
        QualityDecisionBy = releasedBy;
    }

    /// <summary>Quality rejected the batch; a repeated decision changes nothing.</summary>
    public void Reject(string reason, string rejectedBy, DateTimeOffset at)
    {
        if (Status == BatchStatus.Rejected)
        {
            return;
        }

        CheckRule(new BatchMustBeInStatusRule(BatchNumber, Status, BatchStatus.Checked, "rejected"));
        Status = BatchStatus.Rejected;
        QualityDecisionAt = at;
        QualityDecisionBy = rejectedBy;
        RejectionReason = reason.Trim();
    }

    /// <summary>A newer approved version replaces the one planned with (change control); otherwise quantities follow the batch size.</summary>
    private void UseFormulaOrRescale(Formula? approvedFormula)
    {
        if (approvedFormula is not null && (NoApprovedFormula || approvedFormula.VersionNumber != FormulaVersion))
        {
            UseFormula(approvedFormula);
            return;
        }

        _ingredients.ForEach(ingredient => ingredient.ScaleTo(Quantity));
    }

    private void UseFormula(Formula formula)
    {
        FormulaCode = formula.Code;
        FormulaName = formula.Name;
        FormulaVersion = formula.VersionNumber;
        NoApprovedFormula = false;
        Unit = formula.Unit;
        Storage = formula.Storage;
        _ingredients.Clear();
        _ingredients.AddRange(formula.QuantitiesFor(Quantity).Select(quantity => new BatchIngredient(quantity)));
    }

    /// <summary>First expiry first out, as Inventory reserved them; whatever exceeds the reservations comes from the last lot.</summary>
    private void TakeFromLots(string itemCode, Quantity weighed)
    {
        var lots = _lots.Where(lot => lot.ItemCode == itemCode).OrderBy(lot => lot.ExpiresOn).ToList();
        var remaining = weighed;
        for (var i = 0; i < lots.Count; i++)
        {
            var taken = i == lots.Count - 1 || remaining <= lots[i].Allocated ? remaining : lots[i].Allocated;
            lots[i].RecordUsed(taken);
            remaining -= taken;
        }
    }

    private void RaisePlanned(DateTimeOffset now) =>
        Raise(new BatchPlannedDomainEvent(Id, BatchNumber, FormulaCode, FormulaVersion, Quantity, Unit, [.. _fills.Select(f => f.FillId)], now));
}

using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>
/// A master formulation record, one version of it: what goes into one unit, how to make it, how to check it, and
/// what its beyond-use date depends on. Draft -> Approved (pharmacist e-signature) -> Retired; a change is a new
/// version, so an approved version never changes.
/// </summary>
public sealed partial class Formula : AggregateRoot
{
    private readonly List<FormulaIngredient> _ingredients = [];
    private readonly List<QualityCheck> _qualityChecks = [];

    private Formula()
    {
    }

    public FormulaId Id { get; private set; }

    /// <summary>The catalog code prescriptions name (LDN-4.5-CAP); the same for every version.</summary>
    public string Code { get; private set; } = "";

    /// <summary>The version of this formula (1, 2, ...). Not <see cref="AggregateRoot.Version"/>, which counts saves.</summary>
    public int VersionNumber { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The strength as the label states it: "4.5 mg per capsule", "2% w/w".</summary>
    public string Strength { get; private set; } = "";

    public DosageForm DosageForm { get; private set; }

    public string Route { get; private set; } = "";

    /// <summary>The dispensing unit one line quantity is for: capsule, mL, g, troche.</summary>
    public string Unit { get; private set; } = "";

    public PreparationType Preparation { get; private set; }

    public SterilizationMethod? Sterilization { get; private set; }

    public bool SterilityTested { get; private set; }

    public bool NonSterileStartingComponent { get; private set; }

    public StorageCondition Storage { get; private set; }

    public WaterActivity WaterActivity { get; private set; }

    public bool Preserved { get; private set; }

    public int? StabilityDays { get; private set; }

    public string? StabilitySource { get; private set; }

    /// <summary>DEA schedule of the finished preparation (CIII...), when it contains a controlled substance.</summary>
    public string? ControlledSchedule { get; private set; }

    public IReadOnlyList<FormulaIngredient> Ingredients => _ingredients;

    public IReadOnlyList<QualityCheck> QualityChecks => _qualityChecks;

    /// <summary>The compounding steps, in order.</summary>
    public IReadOnlyList<string> Instructions { get; private set; } = [];

    /// <summary>The equipment the preparation is made with (balance, mortar, capsule machine, hood), one item each.</summary>
    public IReadOnlyList<string> Equipment { get; private set; } = [];

    /// <summary>The container and closure it is dispensed in: "Amber plastic vial, child-resistant cap".</summary>
    public string ContainerClosure { get; private set; } = "";

    /// <summary>What this version changes from the previous one (change control).</summary>
    public string? ChangeSummary { get; private set; }

    public FormulaStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovedById { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>Why this version is no longer compounded: superseded by a newer one, or the pharmacist's signed reason.</summary>
    public string? RetirementReason { get; private set; }

    public StabilityReference? Stability => StabilityDays is { } days ? new StabilityReference(days, StabilitySource ?? "") : null;

    public BudInputs BudInputs => new(
        Preparation, Storage, WaterActivity, Preserved, DosageForms.IsOralLiquid(DosageForm),
        Sterilization, SterilityTested, NonSterileStartingComponent, Stability);

    public UspLimit UspLimit => UspBudTable.LimitFor(BudInputs);

    public bool IsApproved => Status == FormulaStatus.Approved;

    /// <summary>
    /// A lot usable for a batch started now has not expired by the end of today: one that expires before the USP
    /// limit may be used, and then sets the beyond-use date (an expiry day itself is not counted).
    /// </summary>
    public static DateOnly UsableLotsExpireAfter(DateTimeOffset compoundingStartsAt) =>
        DateOnly.FromDateTime(compoundingStartsAt.UtcDateTime).AddDays(1);

    /// <summary>The most conservative choice of lots: none expiring before the longest dating a batch started now could get.</summary>
    public DateOnly LotsMustLastUntil(DateTimeOffset compoundingStartsAt) =>
        DateOnly.FromDateTime((compoundingStartsAt + (UspLimit.Duration ?? TimeSpan.Zero)).UtcDateTime);

    public static Formula Draft(FormulaDefinition definition, int versionNumber, string? changeSummary, DateTimeOffset now)
    {
        CheckRule(new FormulaMustHaveAnActiveIngredientRule(definition.Ingredients));
        CheckRule(new SterilePreparationMustNameItsSterilizationMethodRule(definition.Preparation, definition.Sterilization));
        foreach (var check in definition.QualityChecks)
        {
            CheckRule(new QcLimitsMustFitTheirMeasureRule(check));
        }

        foreach (var line in definition.Ingredients)
        {
            CheckRule(new IngredientFactorsMustBePlausibleRule(line));
        }

        CheckRule(new AdjustedLinesMustLeaveRoomForTheBaseRule(definition.Ingredients));

        var formula = new Formula
        {
            Id = TypedId.New<FormulaId>(),
            Code = definition.Code.Trim().ToUpperInvariant(),
            VersionNumber = versionNumber,
            Name = definition.Name.Trim(),
            Strength = definition.Strength.Trim(),
            Equipment = [.. (definition.Equipment ?? []).Select(item => item.Trim()).Where(item => item.Length > 0)],
            ContainerClosure = definition.ContainerClosure.Trim(),
            DosageForm = definition.DosageForm,
            Route = definition.Route.Trim(),
            Unit = definition.Unit.Trim(),
            Preparation = definition.Preparation,
            Sterilization = definition.Preparation == PreparationType.NonSterile ? null : definition.Sterilization,
            SterilityTested = definition.SterilityTested,
            NonSterileStartingComponent = definition.NonSterileStartingComponent,
            Storage = definition.Storage,
            WaterActivity = definition.WaterActivity,
            Preserved = definition.Preserved,
            StabilityDays = definition.Stability?.Days,
            StabilitySource = definition.Stability?.Source.Trim(),
            ControlledSchedule = string.IsNullOrWhiteSpace(definition.ControlledSchedule) ? null : definition.ControlledSchedule.Trim(),
            Instructions = [.. definition.Instructions.Select(step => step.Trim())],
            ChangeSummary = string.IsNullOrWhiteSpace(changeSummary) ? null : changeSummary.Trim(),
            Status = FormulaStatus.Draft,
            CreatedAt = now,
        };
        // Copied, so that the formula owns its lines and no two versions ever share one.
        formula._ingredients.AddRange(definition.Ingredients.Select(i => new FormulaIngredient(
            i.Line, i.ItemCode, i.Name, i.Role, i.PerUnit, i.PotencyFactor, i.SaltFactor)));
        formula._qualityChecks.AddRange(definition.QualityChecks.Select(c => new QualityCheck(c.Line, c.Name, c.Specification, c.Measure, c.Lowest, c.Highest)));
        CheckRule(new StorageMustHaveAUspLimitRule(formula.UspLimit));
        return formula;
    }

    /// <summary>What this version says, as a definition a new version can start from.</summary>
    public FormulaDefinition Definition => new(
        Code, Name, DosageForm, Route, Unit, Preparation, Storage, WaterActivity, Preserved,
        [.. _ingredients.OrderBy(i => i.Line)],
        [.. _qualityChecks.OrderBy(c => c.Line)],
        Instructions,
        Sterilization, SterilityTested, NonSterileStartingComponent, Stability, ControlledSchedule, Strength, Equipment, ContainerClosure);

    /// <summary>
    /// Change control: the next version of this approved one starts as a draft copy of it, numbered one higher and
    /// saying what it changes. <paramref name="draftVersion"/> is the code's draft, if it has one already.
    /// </summary>
    /// <paramref name="highestVersion"/> is the code's highest version number, when a withdrawn draft came after this one:
    /// a version number is never used twice.
    public Formula StartNextVersion(string? changeSummary, int? draftVersion, DateTimeOffset now, int? highestVersion = null)
    {
        CheckRule(new ANewVersionStartsFromTheApprovedOneRule(Code, VersionNumber, Status));
        CheckRule(new OnlyOneDraftOfAFormulaAtATimeRule(Code, draftVersion));
        CheckRule(new ANewVersionMustSayWhatChangedRule(changeSummary));
        return Draft(Definition, Math.Max(VersionNumber, highestVersion ?? 0) + 1, changeSummary, now);
    }

    /// <summary>A pharmacist approves this version for compounding (the signature itself is checked by the command pipeline).</summary>
    public void Approve(string approverId, string approverName, DateTimeOffset now)
    {
        CheckRule(new FormulaMustBeDraftToApproveRule(Code, VersionNumber, Status));
        CheckRule(new FormulaMustHaveQualityChecksAndInstructionsRule(_qualityChecks.Count, Instructions.Count));
        Status = FormulaStatus.Approved;
        ApprovedAt = now;
        ApprovedById = approverId;
        ApprovedByName = approverName;
        Raise(new FormulaApprovedDomainEvent(Id, Code, VersionNumber, Name, DosageForm, Unit, Storage, ControlledSchedule, now));
    }

    /// <summary>A newer version was approved: this one is no longer compounded.</summary>
    public void Retire(int supersededBy, DateTimeOffset now)
    {
        CheckRule(new OnlyAnApprovedFormulaCanBeRetiredRule(Code, VersionNumber, Status));
        Status = FormulaStatus.Retired;
        RetiredAt = now;
        RetirementReason = $"Superseded by version {supersededBy}.";
    }

    /// <summary>
    /// How much of each ingredient a batch of <paramref name="units"/> needs, line by line: each line's quantity per unit
    /// times its salt-to-base and potency factors times the units. A base q.s. completes the unit, so it gives up what the
    /// adjusted lines of the same kind (mass or volume) weigh beyond their quantity per unit: the fill stays the same.
    /// </summary>
    public IReadOnlyList<IngredientQuantity> QuantitiesFor(decimal units) => QuantitiesFor(_ingredients, units);

    internal static IReadOnlyList<IngredientQuantity> QuantitiesFor(IEnumerable<FormulaIngredient> ingredients, decimal units)
    {
        var lines = ingredients.OrderBy(i => i.Line).ToList();
        return [.. lines.Select(i => (Line: i, PerUnit: QuantityOf(i, lines)))
            .Select(x => new IngredientQuantity(x.Line.Line, x.Line.ItemCode, x.Line.Name, x.Line.Role, x.PerUnit, Round(x.PerUnit * units)))];
    }

    /// <summary>What one unit takes of a line: adjusted, or for a base q.s. what the adjusted lines leave of it.</summary>
    internal static Quantity QuantityOf(FormulaIngredient line, IReadOnlyList<FormulaIngredient> lines)
    {
        if (line.Role != IngredientRole.BaseQs)
        {
            return line.WeighedPerUnit;
        }

        var displaced = lines
            .Where(other => other.IsAdjusted && other.Unit.Dimension == line.Unit.Dimension)
            .Aggregate(Quantity.Zero(line.Unit), (sum, other) => sum + (other.WeighedPerUnit - other.PerUnit));
        return line.PerUnit - displaced;
    }

    /// <summary>To the precision a batch record keeps (six decimals of the unit).</summary>
    private static Quantity Round(Quantity quantity) => new(decimal.Round(quantity.Amount, 6, MidpointRounding.AwayFromZero), quantity.Unit);
}

/// <summary>One ingredient line scaled to a batch: the theoretical quantity to weigh or measure.</summary>
public sealed record IngredientQuantity(int Line, string ItemCode, string Name, IngredientRole Role, Quantity PerUnit, Quantity Theoretical);

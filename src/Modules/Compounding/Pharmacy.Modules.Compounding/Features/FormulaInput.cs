using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Shared.Kernel;
using Wolverine;
using Wolverine.Runtime.Routing;

namespace Pharmacy.Modules.Compounding.Features;

/// <summary>
/// What a pharmacist writes in a master formulation record, shared by writing a new formula and editing a draft.
/// Ingredient lines name a stocked item by code; its name, unit and DEA schedule come from Inventory, so a formula
/// can only name what the pharmacy stocks, in the unit it is counted in, and its schedule is the strictest of its
/// ingredients' (never typed).
/// </summary>
public sealed record FormulaInput(
    [property: MaxLength(200)] string Name,
    [property: MaxLength(60)] string Strength,
    DosageForm DosageForm,
    [property: MaxLength(40)] string Route,
    [property: MaxLength(20)] string Unit,
    PreparationType Preparation,
    StorageCondition Storage,
    IReadOnlyList<IngredientLineInput> Ingredients,
    IReadOnlyList<QualityCheckInput> QualityChecks,
    IReadOnlyList<string> Instructions,
    WaterActivity? WaterActivity = null,
    bool Preserved = false,
    SterilizationMethod? Sterilization = null,
    bool SterilityTested = false,
    bool NonSterileStartingComponent = false,
    int? StabilityDays = null,
    [property: MaxLength(300)] string? StabilitySource = null,
    IReadOnlyList<string>? Equipment = null,
    [property: MaxLength(200)] string? ContainerClosure = null);

/// <summary>
/// One ingredient line: the stocked item's code, its role and how much of it goes into one unit, in the item's unit;
/// for an active, the potency adjustment and salt-to-base factors it is weighed with (1 when none applies).
/// </summary>
public sealed record IngredientLineInput(
    [property: MaxLength(20)] string ItemCode, IngredientRole Role, decimal QuantityPerUnit, decimal PotencyFactor = 1m, decimal SaltFactor = 1m);

/// <summary>
/// One QC check: its name, its limit in words and how its result is measured; a measured check (not pass / fail) gives
/// its lowest and highest acceptable result in that measure (pH 6.5 and 7.5; 4.05 and 4.95 mg per capsule).
/// </summary>
public sealed record QualityCheckInput(
    [property: MaxLength(100)] string Name, [property: MaxLength(500)] string Specification,
    QcMeasure Measure = QcMeasure.PassFail, decimal? Lowest = null, decimal? Highest = null);

internal sealed class FormulaInputValidator : AbstractValidator<FormulaInput>
{
    public const int MaxLines = 40;
    public const int MaxStabilityDays = 3_650;
    public const int MaxStepLength = 1_000;

    public FormulaInputValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Give the formula's name, with its strength (Naltrexone 4.5 mg capsules).");
        RuleFor(f => f.Strength).NotEmpty().WithMessage("Give the strength as the label states it (4.5 mg per capsule, 2% w/w).");
        RuleFor(f => f.ContainerClosure).NotEmpty().WithMessage("Say what it is dispensed in (amber vial with a child-resistant cap).");
        RuleFor(f => f.Equipment).Must(items => items is null || items.Count <= MaxLines).WithMessage($"List at most {MaxLines} items of equipment.")
            .Must(items => items is null || items.All(item => item.Length <= 200)).WithMessage("An item of equipment is at most 200 characters.");
        RuleFor(f => f.Route).NotEmpty().WithMessage("Give the route (oral, topical, intramuscular...).");
        RuleFor(f => f.Unit).NotEmpty().WithMessage("Give the dispensing unit a quantity is counted in (capsule, mL, g, troche).");
        RuleFor(f => f.Ingredients).NotEmpty().WithMessage("List the ingredients, at least the active one.")
            .Must(lines => lines.Count <= MaxLines).WithMessage($"A formula has at most {MaxLines} ingredient lines.");
        RuleForEach(f => f.Ingredients).ChildRules(line =>
        {
            line.RuleFor(l => l.ItemCode).NotEmpty().WithMessage("Choose the stocked item of this line.");
            line.RuleFor(l => l.QuantityPerUnit).GreaterThan(0).WithMessage("The quantity per unit must be more than zero.")
                .LessThanOrEqualTo(10_000).WithMessage("No dispensing unit holds more than 10,000 of an ingredient's unit: check the quantity.");
            line.RuleFor(l => l.PotencyFactor).GreaterThan(0).WithMessage("A potency adjustment factor is more than 0; give 1 when none applies.")
                .LessThanOrEqualTo(IngredientFactorsMustBePlausibleRule.MaxPotencyFactor)
                .WithMessage("A potency adjustment factor is at most 100 (a 1% trituration).");
            line.RuleFor(l => l.SaltFactor).GreaterThanOrEqualTo(1).WithMessage("A salt-to-base factor is 1 or more; give 1 when the strength is of what is weighed.")
                .LessThanOrEqualTo(IngredientFactorsMustBePlausibleRule.MaxSaltFactor).WithMessage("A salt-to-base factor is at most 5: check the molecular weights.");
        });
        RuleFor(f => f.Ingredients).Must(lines => lines.Select(l => l.ItemCode.Trim().ToUpperInvariant()).Distinct().Count() == lines.Count)
            .WithMessage("Each stocked item appears on one line only.")
            .When(f => f.Ingredients is { Count: > 0 } && f.Ingredients.All(l => !string.IsNullOrWhiteSpace(l.ItemCode)));
        RuleFor(f => f.QualityChecks).Must(checks => checks.Count <= MaxLines).WithMessage($"A formula has at most {MaxLines} quality checks.");
        RuleForEach(f => f.QualityChecks).ChildRules(check =>
        {
            check.RuleFor(c => c.Name).NotEmpty().WithMessage("Name the check (appearance, pH, potency...).");
            check.RuleFor(c => c.Specification).NotEmpty().WithMessage("Give the check's acceptance limit, with its unit (pH 6.5-7.5).");
            check.RuleFor(c => c.Measure).IsInEnum().WithMessage("Choose how the result is measured.");
            check.RuleFor(c => c.Lowest).NotNull().WithMessage("Give the lowest acceptable result of a measured check.")
                .When(c => c.Measure != QcMeasure.PassFail);
            check.RuleFor(c => c.Highest).NotNull().WithMessage("Give the highest acceptable result of a measured check.")
                .When(c => c.Measure != QcMeasure.PassFail);
            check.RuleFor(c => c.Lowest).GreaterThanOrEqualTo(0).WithMessage("A limit cannot be below zero.")
                .LessThanOrEqualTo(QcLimitsMustFitTheirMeasureRule.MaxMgPerUnit).WithMessage("A limit is at most 100,000: check the number.");
            check.RuleFor(c => c.Highest).GreaterThan(0).WithMessage("The highest acceptable result is more than zero.")
                .LessThanOrEqualTo(QcLimitsMustFitTheirMeasureRule.MaxMgPerUnit).WithMessage("A limit is at most 100,000: check the number.")
                .GreaterThan(c => c.Lowest ?? 0).WithMessage("The highest acceptable result must be above the lowest.")
                .When(c => c.Lowest is not null && c.Highest is not null, ApplyConditionTo.CurrentValidator);
            check.RuleFor(c => c.Highest).LessThanOrEqualTo(14).WithMessage("pH runs from 0 to 14.").When(c => c.Measure == QcMeasure.Ph);
            check.RuleFor(c => c.Highest).LessThanOrEqualTo(200).WithMessage("A potency is at most 200% of label.")
                .When(c => c.Measure == QcMeasure.PercentOfLabel);
        });
        RuleFor(f => f.Instructions).Must(steps => steps.Count <= MaxLines).WithMessage($"A formula has at most {MaxLines} steps.")
            .Must(steps => steps.All(step => !string.IsNullOrWhiteSpace(step))).WithMessage("A step cannot be empty.")
            .Must(steps => steps.All(step => step.Length <= MaxStepLength)).WithMessage($"A step is at most {MaxStepLength:N0} characters: split a longer one.");
        RuleFor(f => f.StabilitySource).NotEmpty().WithMessage("Say where the stability days come from (the study or reference).")
            .When(f => f.StabilityDays is not null);
        RuleFor(f => f.WaterActivity).NotNull().WithMessage("A non-sterile preparation needs its water activity: aqueous or non-aqueous.")
            .When(f => f.Preparation == PreparationType.NonSterile);
        RuleFor(f => f.Sterilization).NotNull().WithMessage("A sterile preparation needs its sterilization method: aseptic or terminally sterilized.")
            .When(f => f.Preparation != PreparationType.NonSterile);
    }
}

/// <summary>Rules a command holding a <see cref="FormulaInput"/> states itself, so that its numbers are ruled under their own names.</summary>
internal static class FormulaInputRules
{
    /// <summary>The stability days of a formula: none, or a positive number of days up to ten years.</summary>
    public static void StabilityDaysOf<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> days) =>
        validator.RuleFor(days)
            .GreaterThan(0).WithMessage("A stability reference is a positive number of days.")
            .LessThanOrEqualTo(FormulaInputValidator.MaxStabilityDays)
            .WithMessage($"A stability reference is at most {FormulaInputValidator.MaxStabilityDays:N0} days.");
}

/// <summary>Turns what was written into a definition, with each line's item as Inventory knows it.</summary>
internal static class FormulaInputs
{
    /// <summary>The items a line may name; none when this host runs without the Inventory module.</summary>
    public static async Task<IReadOnlyList<CatalogIngredient>> ReadCatalogAsync(IMessageBus bus, CancellationToken cancellationToken)
    {
        try
        {
            return (await bus.InvokeAsync<IngredientCatalog>(new GetIngredientCatalog(), cancellationToken)).Items;
        }
        catch (IndeterminateRoutesException)
        {
            return [];
        }
    }

    public static async Task<FormulaDefinition> ToDefinitionAsync(
        this FormulaInput input, string code, IMessageBus bus, CancellationToken cancellationToken)
    {
        var catalog = await ReadCatalogAsync(bus, cancellationToken);
        var items = catalog.ToDictionary(item => item.Code, StringComparer.OrdinalIgnoreCase);
        var lines = new List<FormulaIngredient>();
        foreach (var (line, number) in input.Ingredients.Select((line, index) => (line, index + 1)))
        {
            var item = items.GetValueOrDefault(line.ItemCode.Trim());
            var rule = new IngredientMustBeAStockedItemRule(number, line.ItemCode, item is not null);
            if (rule.IsBroken())
            {
                throw new BusinessRuleValidationException(rule);
            }

            lines.Add(new FormulaIngredient(
                number, item!.Code, item.Name, line.Role, new Quantity(line.QuantityPerUnit, UnitOfMeasure.Parse(item.Unit)), line.PotencyFactor, line.SaltFactor));
        }

        var schedule = input.Ingredients
            .Select(line => items[line.ItemCode.Trim()].ControlledSchedule)
            .Where(s => s is not null)
            .OrderBy(s => s, StringComparer.Ordinal)
            .FirstOrDefault();
        return new FormulaDefinition(
            code, input.Name, input.DosageForm, input.Route, input.Unit, input.Preparation, input.Storage,
            input.WaterActivity ?? WaterActivity.Aqueous, input.Preserved, lines,
            [.. input.QualityChecks.Select((check, index) => new QualityCheck(
                index + 1, check.Name, check.Specification, check.Measure, check.Lowest, check.Highest))],
            [.. input.Instructions.Select(step => step.Trim())],
            input.Preparation == PreparationType.NonSterile ? null : input.Sterilization,
            input.SterilityTested, input.NonSterileStartingComponent,
            input.StabilityDays is { } days ? new StabilityReference(days, input.StabilitySource ?? "") : null,
            schedule, input.Strength, input.Equipment ?? [], input.ContainerClosure ?? "");
    }
}

using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class BatchMustBeInStatusRule(string batchNumber, BatchStatus actual, BatchStatus required, string act) : IBusinessRule
{
    public bool IsBroken() => actual != required;

    public string Message => $"Only a {EnumText.InSentence(required)} batch can be {act}; batch {batchNumber} is {EnumText.InSentence(actual)}.";
}

public sealed class BatchNeedsAnApprovedFormulaRule(string formulaCode, Formula? approvedFormula) : IBusinessRule
{
    public bool IsBroken() => approvedFormula is not { IsApproved: true } || approvedFormula.Code != formulaCode;

    public string Message => $"Formula {formulaCode} has no approved version: a pharmacist must approve one before this batch can start.";
}

/// <summary>Inventory could not reserve everything: the message names each ingredient and its shortfall.</summary>
public sealed class IngredientsMustBeInStockRule(LotAllocation allocation) : IBusinessRule
{
    public bool IsBroken() => !allocation.Succeeded;

    public string Message => allocation.Shortfalls.Count == 0
        ? "Inventory could not reserve lots for this batch."
        : string.Join("; ", allocation.Shortfalls.Select(s =>
            $"Not enough {s.ItemName}: need {Amount(s.Needed, s.Unit)}, {Amount(s.Available, s.Unit)} available"));

    private static string Amount(decimal quantity, string unit) =>
        $"{quantity.ToString(unit == "each" ? "0.##" : "0.000", CultureInfo.InvariantCulture)} {unit}";
}

/// <summary>Only Inventory reserves lots: a pharmacy system set up without the Inventory module cannot start a batch.</summary>
public sealed class LotsAreReservedByInventoryRule(string batchNumber, bool inventoryAnswered) : IBusinessRule
{
    public bool IsBroken() => !inventoryAnswered;

    public string Message =>
        $"Batch {batchNumber} cannot start: its ingredient lots are reserved by Inventory, which this pharmacy system does not run. The batch stays planned.";
}

public sealed class EveryIngredientMustHaveAReservedLotRule(IReadOnlyList<IngredientQuantity> ingredients, IReadOnlyList<BatchLot> lots) : IBusinessRule
{
    private IEnumerable<IngredientQuantity> Missing => ingredients.Where(i => lots.All(lot => lot.ItemCode != i.ItemCode));

    public bool IsBroken() => Missing.Any();

    public string Message => $"No lot was reserved for {string.Join(", ", Missing.Select(i => i.Name))}.";
}

public sealed class EveryIngredientMustBeWeighedRule(IReadOnlyList<BatchIngredient> ingredients, IReadOnlyList<WeighedIngredient> weighed)
    : IBusinessRule
{
    private IReadOnlyList<string> Problems =>
    [
        .. ingredients
            .Where(i => !weighed.Any(w => Same(w, i) && w.ActualQuantity > 0))
            .Select(i => $"Record the quantity of {i.Name} weighed or measured."),
        .. weighed.Where(w => !ingredients.Any(i => Same(w, i))).Select(w => $"{w.ItemCode} is not an ingredient of this batch."),
        .. weighed.GroupBy(w => w.ItemCode.Trim().ToUpperInvariant()).Where(g => g.Count() > 1).Select(g => $"{g.Key} is recorded more than once."),
    ];

    public bool IsBroken() => Problems.Count > 0;

    public string Message => string.Join(" ", Problems);

    private static bool Same(WeighedIngredient weighed, BatchIngredient ingredient) =>
        string.Equals(weighed.ItemCode.Trim(), ingredient.ItemCode, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A weighed quantity (a mass) is traceable to a calibrated balance.</summary>
public sealed class WeighedIngredientsMustNameTheirBalanceRule(IReadOnlyList<BatchIngredient> ingredients, IReadOnlyList<WeighedIngredient> weighed)
    : IBusinessRule
{
    private IEnumerable<BatchIngredient> Missing => ingredients.Where(i => i.Unit.Dimension == Dimension.Mass && weighed.Any(w =>
        string.Equals(w.ItemCode.Trim(), i.ItemCode, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(w.BalanceId)));

    public bool IsBroken() => Missing.Any();

    public string Message => $"Name the balance used to weigh {string.Join(", ", Missing.Select(i => i.Name))}.";
}

public sealed class ActualYieldMustBePositiveRule(decimal actualYield) : IBusinessRule
{
    public bool IsBroken() => actualYield <= 0;

    public string Message => "Record the actual yield of the batch.";
}

/// <summary>A weight outside +-5% or a yield outside 95-105% is a deviation, and a deviation is explained on the record.</summary>
public sealed class DeviationMustBeExplainedRule(IReadOnlyList<string> ingredientsOutsideTolerance, bool yieldOutsideRange, string? deviations)
    : IBusinessRule
{
    public bool IsBroken() => (ingredientsOutsideTolerance.Count > 0 || yieldOutsideRange) && string.IsNullOrWhiteSpace(deviations);

    public string Message
    {
        get
        {
            var what = new List<string>();
            if (ingredientsOutsideTolerance.Count > 0)
            {
                what.Add($"the weight of {string.Join(", ", ingredientsOutsideTolerance)} is outside ±5% of theoretical");
            }

            if (yieldOutsideRange)
            {
                what.Add("the yield is outside 95-105% of theoretical");
            }

            return $"Describe the deviation: {string.Join(" and ", what)}.";
        }
    }
}

public sealed class BatchMustBeCheckedBySomeoneOtherThanThePreparerRule(string? preparedById, string checkerId) : IBusinessRule
{
    public bool IsBroken() => string.Equals(preparedById, checkerId, StringComparison.Ordinal);

    public string Message => "The pharmacist who checks a batch must not be the person who prepared it.";
}

public sealed class FormulaMustBeTheVersionTheBatchUsedRule(string formulaCode, int formulaVersion, Formula formula) : IBusinessRule
{
    public bool IsBroken() => formula.Code != formulaCode || formula.VersionNumber != formulaVersion;

    public string Message => $"This batch was made from {formulaCode} version {formulaVersion}, not {formula.Code} version {formula.VersionNumber}.";
}

using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

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

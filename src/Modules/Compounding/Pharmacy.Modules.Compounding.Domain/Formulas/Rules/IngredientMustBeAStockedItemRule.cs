using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class IngredientMustBeAStockedItemRule(int line, string itemCode, bool stocked) : IBusinessRule
{
    public bool IsBroken() => !stocked;

    public string Message =>
        $"Ingredient line {line} names {itemCode.Trim()}, which is not an item Inventory stocks: choose the item from the list, or have it added to inventory first.";
}

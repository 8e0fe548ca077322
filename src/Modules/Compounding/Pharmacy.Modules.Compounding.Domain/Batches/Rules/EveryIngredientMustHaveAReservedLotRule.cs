using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class EveryIngredientMustHaveAReservedLotRule(IReadOnlyList<IngredientQuantity> ingredients, IReadOnlyList<BatchLot> lots) : IBusinessRule
{
    private IEnumerable<IngredientQuantity> Missing => ingredients.Where(i => lots.All(lot => lot.ItemCode != i.ItemCode));

    public bool IsBroken() => Missing.Any();

    public string Message => $"No lot was reserved for {string.Join(", ", Missing.Select(i => i.Name))}.";
}

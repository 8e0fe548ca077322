using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

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

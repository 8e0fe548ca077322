using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A weighed quantity (a mass) is traceable to a calibrated balance.</summary>
public sealed class WeighedIngredientsMustNameTheirBalanceRule(IReadOnlyList<BatchIngredient> ingredients, IReadOnlyList<WeighedIngredient> weighed)
    : IBusinessRule
{
    private IEnumerable<BatchIngredient> Missing => ingredients.Where(i => i.Unit.Dimension == Dimension.Mass && weighed.Any(w =>
        string.Equals(w.ItemCode.Trim(), i.ItemCode, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(w.BalanceId)));

    public bool IsBroken() => Missing.Any();

    public string Message => $"Name the balance used to weigh {string.Join(", ", Missing.Select(i => i.Name))}.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>
/// A quantity ten times the theoretical or more is a typing error (5,000 g keyed for 0.6 g), not a deviation to
/// explain: it is refused before anything is recorded.
/// </summary>
public sealed class WeighedQuantitiesMustBePlausibleRule(IReadOnlyList<(BatchIngredient Ingredient, Quantity Weighed)> lines) : IBusinessRule
{
    private IReadOnlyList<string> Problems =>
    [
        .. lines
            .Where(line => CompoundingTolerances.IsTypingError(line.Ingredient.Theoretical, line.Weighed))
            .Select(line => $"{line.Weighed} of {line.Ingredient.Name} is {CompoundingTolerances.TypingErrorFactor:0} times the theoretical "
                            + $"{line.Ingredient.Theoretical} or more: check the entry, it looks like a typing error."),
    ];

    public bool IsBroken() => Problems.Count > 0;

    public string Message => string.Join(" ", Problems);
}

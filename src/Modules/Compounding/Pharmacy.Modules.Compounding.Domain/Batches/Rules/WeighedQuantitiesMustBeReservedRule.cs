using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>
/// What is recorded as used must have been reserved by Inventory for this batch, so that Inventory can always book
/// the consumption and both modules agree on what was used.
/// </summary>
public sealed class WeighedQuantitiesMustBeReservedRule(IReadOnlyList<(BatchIngredient Ingredient, Quantity Weighed, Quantity Reserved)> lines)
    : IBusinessRule
{
    private IReadOnlyList<string> Problems =>
    [
        .. lines
            .Where(line => line.Weighed > line.Reserved)
            .Select(line => $"{line.Weighed} of {line.Ingredient.Name} is more than the {line.Reserved} Inventory reserved for this batch: "
                            + "check the entry, or have more reserved before recording it."),
    ];

    public bool IsBroken() => Problems.Count > 0;

    public string Message => string.Join(" ", Problems);
}

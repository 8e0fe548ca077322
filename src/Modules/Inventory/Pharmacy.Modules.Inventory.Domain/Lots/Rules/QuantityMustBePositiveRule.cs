using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class QuantityMustBePositiveRule(Quantity quantity, string act) : IBusinessRule
{
    public bool IsBroken() => !quantity.IsPositive;

    public string Message => $"The quantity {act} must be more than zero.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

public sealed class ReorderLevelsMustNotBeNegativeRule(decimal reorderPoint, decimal reorderQuantity) : IBusinessRule
{
    public bool IsBroken() => reorderPoint < 0 || reorderQuantity < 0;

    public string Message => "The reorder point and reorder quantity cannot be negative.";
}

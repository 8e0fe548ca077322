using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class AdjustmentMustChangeStockRule(Quantity quantity) : IBusinessRule
{
    public bool IsBroken() => quantity.IsZero;

    public string Message => "An adjustment must add or remove some stock.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class AdjustmentMustChangeStockRule(decimal quantity) : IBusinessRule
{
    public bool IsBroken() => quantity == 0;

    public string Message => "An adjustment must add or remove some stock.";
}

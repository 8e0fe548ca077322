using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class StockMustNotGoNegativeRule(decimal onHand, decimal taking, StockUnit unit, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => taking > onHand;

    public string Message =>
        $"Lot {lotNumber} has {StockQuantities.Format(onHand, unit)} on hand; taking {StockQuantities.Format(taking, unit)} would make stock negative.";
}

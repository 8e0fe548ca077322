using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class StockMustNotGoNegativeRule(Quantity onHand, Quantity taking, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => taking > onHand;

    public string Message => $"Lot {lotNumber} has {onHand} on hand; taking {taking} would make stock negative.";
}

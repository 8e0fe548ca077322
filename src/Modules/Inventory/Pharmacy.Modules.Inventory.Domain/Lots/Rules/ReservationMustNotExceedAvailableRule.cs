using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class ReservationMustNotExceedAvailableRule(decimal available, decimal quantity, StockUnit unit, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => quantity > available;

    public string Message =>
        $"Lot {lotNumber} has {StockQuantities.Format(available, unit)} available; {StockQuantities.Format(quantity, unit)} cannot be reserved.";
}

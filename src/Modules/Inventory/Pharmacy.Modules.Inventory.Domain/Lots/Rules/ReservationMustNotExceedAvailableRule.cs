using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class ReservationMustNotExceedAvailableRule(Quantity available, Quantity quantity, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => quantity > available;

    public string Message => $"Lot {lotNumber} has {available} available; {quantity} cannot be reserved.";
}

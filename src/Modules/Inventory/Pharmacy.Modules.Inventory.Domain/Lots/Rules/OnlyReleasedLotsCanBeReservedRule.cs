using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class OnlyReleasedLotsCanBeReservedRule(LotStatus status, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => status != LotStatus.Released;

    public string Message => $"Lot {lotNumber} is {status}; only released, unexpired lots can be used for a batch.";
}

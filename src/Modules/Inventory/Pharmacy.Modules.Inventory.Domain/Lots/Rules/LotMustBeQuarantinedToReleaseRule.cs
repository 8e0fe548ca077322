using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class LotMustBeQuarantinedToReleaseRule(LotStatus status, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => status != LotStatus.Quarantined;

    public string Message => $"Lot {lotNumber} is {status}; only a quarantined lot can be released.";
}

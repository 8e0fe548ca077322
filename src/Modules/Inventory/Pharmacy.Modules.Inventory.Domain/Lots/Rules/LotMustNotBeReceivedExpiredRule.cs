using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class LotMustNotBeReceivedExpiredRule(DateOnly expiresOn, DateOnly receivedOn) : IBusinessRule
{
    public bool IsBroken() => expiresOn <= receivedOn;

    public string Message => $"A lot expiring on {expiresOn:yyyy-MM-dd} cannot be received on {receivedOn:yyyy-MM-dd}: it is already expired.";
}

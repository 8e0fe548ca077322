using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class ExpiredLotCannotBeReleasedRule(DateOnly expiresOn, DateOnly today, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => expiresOn < today;

    public string Message => $"Lot {lotNumber} expired on {expiresOn:yyyy-MM-dd}; it cannot be released.";
}

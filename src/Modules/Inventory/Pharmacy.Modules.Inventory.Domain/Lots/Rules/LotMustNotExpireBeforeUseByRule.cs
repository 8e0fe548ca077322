using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class LotMustNotExpireBeforeUseByRule(DateOnly expiresOn, DateOnly useBy, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => expiresOn < useBy;

    public string Message => $"Lot {lotNumber} expires on {expiresOn:yyyy-MM-dd}, before the batch's use-by date {useBy:yyyy-MM-dd}.";
}

using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class QuantityMustBePositiveRule(Quantity quantity, string act) : IBusinessRule
{
    public bool IsBroken() => !quantity.IsPositive;

    public string Message => $"The quantity {act} must be more than zero.";
}

public sealed class LotMustNotBeReceivedExpiredRule(DateOnly expiresOn, DateOnly receivedOn) : IBusinessRule
{
    public bool IsBroken() => expiresOn <= receivedOn;

    public string Message => $"A lot expiring on {expiresOn:yyyy-MM-dd} cannot be received on {receivedOn:yyyy-MM-dd}: it is already expired.";
}

public sealed class LotMustBeQuarantinedToReleaseRule(LotStatus status, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => status != LotStatus.Quarantined;

    public string Message => $"Lot {lotNumber} is {status}; only a quarantined lot can be released.";
}

public sealed class CertificateOfAnalysisMustBeOnFileToReleaseRule(string? certificate, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(certificate);

    public string Message => $"Lot {lotNumber} has no certificate of analysis on file; it cannot be released without one.";
}

public sealed class ExpiredLotCannotBeReleasedRule(DateOnly expiresOn, DateOnly today, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => expiresOn < today;

    public string Message => $"Lot {lotNumber} expired on {expiresOn:yyyy-MM-dd}; it cannot be released.";
}

public sealed class OnlyReleasedLotsCanBeReservedRule(LotStatus status, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => status != LotStatus.Released;

    public string Message => $"Lot {lotNumber} is {status}; only released, unexpired lots can be used for a batch.";
}

public sealed class LotMustNotExpireBeforeUseByRule(DateOnly expiresOn, DateOnly useBy, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => expiresOn < useBy;

    public string Message => $"Lot {lotNumber} expires on {expiresOn:yyyy-MM-dd}, before the batch's use-by date {useBy:yyyy-MM-dd}.";
}

public sealed class ReservationMustNotExceedAvailableRule(Quantity available, Quantity quantity, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => quantity > available;

    public string Message => $"Lot {lotNumber} has {available} available; {quantity} cannot be reserved.";
}

public sealed class StockMustNotGoNegativeRule(Quantity onHand, Quantity taking, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => taking > onHand;

    public string Message => $"Lot {lotNumber} has {onHand} on hand; taking {taking} would make stock negative.";
}

public sealed class AdjustmentMustChangeStockRule(Quantity quantity) : IBusinessRule
{
    public bool IsBroken() => quantity.IsZero;

    public string Message => "An adjustment must add or remove some stock.";
}

public sealed class ReasonMustBeGivenRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for the change; the ledger keeps it.";
}

public sealed class QuantityMustBeInTheLotsUnitRule(UnitOfMeasure lotUnit, UnitOfMeasure unit, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => unit != lotUnit;

    public string Message => $"Lot {lotNumber} is counted in {lotUnit}; a quantity in {unit} is not converted.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class ShipmentNeedsCarrierAndTrackingNumberRule(string? carrier, string? trackingNumber) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(trackingNumber);

    public string Message => "A shipped fill needs its carrier and tracking number.";
}

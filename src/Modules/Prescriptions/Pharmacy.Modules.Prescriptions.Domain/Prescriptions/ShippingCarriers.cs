namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>The carriers the pharmacy ships with; a shipment names one of them, so tracking links and reports can rely on it.</summary>
public static class ShippingCarriers
{
    public static readonly IReadOnlyList<string> All = ["USPS", "UPS", "FedEx", "Local courier"];

    public static bool IsKnown(string? carrier) => carrier is not null && All.Contains(carrier.Trim(), StringComparer.OrdinalIgnoreCase);
}

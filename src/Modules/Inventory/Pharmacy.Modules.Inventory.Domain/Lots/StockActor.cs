using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

/// <summary>Who recorded a stock movement: a person, an API client or the system, by id and by a name people recognise.</summary>
public sealed record StockActor(string Id, string Name);

/// <summary>The compounding batch a reservation or consumption belongs to.</summary>
public sealed record BatchReference(Guid Id, string Number);

/// <summary>What arrives on the receiving dock for one lot, counted in the item's unit.</summary>
public sealed record LotReceipt(
    string LotNumber, string Manufacturer, string? Vendor, DateOnly ExpiresOn, Quantity Quantity, string? CertificateOfAnalysis);

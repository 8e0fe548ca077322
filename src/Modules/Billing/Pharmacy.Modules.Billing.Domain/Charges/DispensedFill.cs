using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

/// <summary>What Prescriptions says about a fill that left the pharmacy: what Billing charges for, and to whom.</summary>
public sealed record DispensedFill(
    Guid FillId, Guid PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, Guid PrescriberId, string PayerName,
    DateTimeOffset DispensedAt);

/// <summary>The price list's price for one dispensing unit of a formula.</summary>
public sealed record ListPrice(Money PerUnit, string Unit);

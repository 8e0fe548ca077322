using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

/// <summary>What Prescriptions says about a fill that left the pharmacy: what Billing charges for, and to whom.</summary>
public sealed record DispensedFill(
    Guid FillId, Guid PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, Guid PrescriberId, string PayerName,
    DateTimeOffset DispensedAt);

/// <summary>The price for one dispensing unit of a formula: the price list's, or a pricing agreement's (its id given).</summary>
public sealed record ListPrice(Money PerUnit, string Unit, Guid? AgreementId = null);

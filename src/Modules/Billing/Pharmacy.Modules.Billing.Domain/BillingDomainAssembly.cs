namespace Pharmacy.Modules.Billing.Domain;

/// <summary>Marks the Billing domain assembly for scanning (typed ids, rules).</summary>
public static class BillingDomainAssembly;

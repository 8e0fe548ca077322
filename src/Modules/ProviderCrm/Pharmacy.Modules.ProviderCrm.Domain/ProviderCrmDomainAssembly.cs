namespace Pharmacy.Modules.ProviderCrm.Domain;

/// <summary>Marks the Provider CRM domain assembly for scanning (typed ids, rules).</summary>
public static class ProviderCrmDomainAssembly;

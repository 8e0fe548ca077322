namespace Pharmacy.Modules.Compounding.Domain;

/// <summary>Marks the Compounding domain assembly for scanning (typed ids, rules).</summary>
public static class CompoundingDomainAssembly;

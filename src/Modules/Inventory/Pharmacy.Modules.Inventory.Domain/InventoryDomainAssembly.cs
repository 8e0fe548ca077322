namespace Pharmacy.Modules.Inventory.Domain;

/// <summary>Marks the Inventory domain assembly for scanning (typed ids, rules).</summary>
public static class InventoryDomainAssembly;

namespace Pharmacy.Modules.Prescriptions.Domain;

/// <summary>Marks the Prescriptions domain assembly for scanning (typed ids, rules).</summary>
public static class PrescriptionsDomainAssembly;

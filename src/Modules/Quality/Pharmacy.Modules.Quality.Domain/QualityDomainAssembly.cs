namespace Pharmacy.Modules.Quality.Domain;

/// <summary>Marks the Quality domain assembly for scanning (typed ids, rules).</summary>
public static class QualityDomainAssembly;

namespace Pharmacy.Modules.Reporting.Domain;

/// <summary>Marks the Reporting domain assembly for scanning (typed ids, rules).</summary>
public static class ReportingDomainAssembly;

namespace Pharmacy.Modules.Portal.Domain;

/// <summary>Marks the Portal domain assembly, for the registrations that scan it.</summary>
public static class PortalDomainAssembly;

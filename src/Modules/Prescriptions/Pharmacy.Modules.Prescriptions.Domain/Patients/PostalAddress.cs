namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>A US postal address: where the patient lives, or where their preparations are shipped.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string Zip);

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// The patient as written on the prescription. Protected health information: shown only to roles that need it and
/// never written to logs.
/// </summary>
public sealed record PatientDetails(string FirstName, string LastName, DateOnly DateOfBirth, Sex Sex, string State);

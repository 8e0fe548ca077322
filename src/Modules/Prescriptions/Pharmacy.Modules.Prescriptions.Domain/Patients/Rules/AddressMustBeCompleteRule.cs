using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>A label and a carrier need the street, the city and a US state; the ZIP code has its own rule.</summary>
public sealed class AddressMustBeCompleteRule(string which, PostalAddress address) : IBusinessRule
{
    public bool IsBroken() =>
        string.IsNullOrWhiteSpace(address.Line1) || string.IsNullOrWhiteSpace(address.City) || !PatientState.IsStateCode(address.State);

    public string Message => string.IsNullOrWhiteSpace(address.Line1) || string.IsNullOrWhiteSpace(address.City)
        ? $"Enter the street and the city of the {which} address."
        : $"'{address.State}' is not a US state: enter the two-letter code of the {which} address's state, such as TX.";
}

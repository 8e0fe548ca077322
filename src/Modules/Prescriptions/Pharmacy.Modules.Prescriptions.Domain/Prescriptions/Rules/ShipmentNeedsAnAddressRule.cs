using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class ShipmentNeedsAnAddressRule(PostalAddress? shipTo) : IBusinessRule
{
    public bool IsBroken() => shipTo is null;

    public string Message =>
        "The patient has no address to ship to. Record their ship-to or home address on the patient's record, then ship the fill, " +
        "or have it picked up at the pharmacy.";
}

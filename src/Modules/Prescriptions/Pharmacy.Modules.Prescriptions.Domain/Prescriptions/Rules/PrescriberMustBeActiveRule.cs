using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriberMustBeActiveRule(string npi, bool known, bool active) : IBusinessRule
{
    public bool IsBroken() => !known || !active;

    public string Message => known
        ? $"The prescriber with NPI {npi} is not active with the pharmacy; the prescription cannot be accepted."
        : $"No prescriber with NPI {npi} is registered with the pharmacy; the prescription cannot be accepted.";
}

using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriberMustBeActiveToVerifyRule(string npi, bool active) : IBusinessRule
{
    public bool IsBroken() => !active;

    public string Message => $"The prescriber with NPI {npi} is no longer active with the pharmacy; the prescription cannot be verified.";
}

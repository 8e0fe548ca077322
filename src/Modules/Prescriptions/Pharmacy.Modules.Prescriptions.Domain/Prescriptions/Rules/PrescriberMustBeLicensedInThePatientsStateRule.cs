using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>A prescriber may only prescribe for a patient of a state whose licence they hold, unexpired on the written date.</summary>
public sealed class PrescriberMustBeLicensedInThePatientsStateRule(string npi, string state, DateOnly writtenOn, bool licensed) : IBusinessRule
{
    public bool IsBroken() => !licensed;

    public string Message =>
        $"The prescriber with NPI {npi} holds no licence in {state} (the patient's state) that was valid on {writtenOn:yyyy-MM-dd}, the date written.";
}

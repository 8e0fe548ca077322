using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>A controlled-substance formula needs the prescriber's DEA registration covering its schedule on the written date.</summary>
public sealed class PrescriberMustHoldADeaRegistrationForTheScheduleRule(
    string npi, string formulaSchedule, string deaSchedule, DateOnly writtenOn, bool covered) : IBusinessRule
{
    public bool IsBroken() => !covered;

    public string Message =>
        $"The formula is a schedule {formulaSchedule} controlled substance, and the prescriber with NPI {npi} holds no DEA registration " +
        $"covering schedule {deaSchedule} that was valid on {writtenOn:yyyy-MM-dd}, the date written.";
}

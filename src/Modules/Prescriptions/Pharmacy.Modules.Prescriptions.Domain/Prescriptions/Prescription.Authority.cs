using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>What the prescriber must hold for this prescription: a licence in the patient's state and, for a controlled formula, DEA.</summary>
public sealed partial class Prescription
{
    /// <summary>The DEA number of the registration that covered a controlled formula, as it goes on the record; null otherwise.</summary>
    public string? PrescriberDeaNumber { get; private set; }

    /// <summary>
    /// Checks the prescriber's licence in the patient's state and, for a controlled-substance formula, a DEA registration
    /// covering its schedule, both valid on the written date; answers the covering DEA number.
    /// </summary>
    private static string? CheckPrescribingAuthority(
        string npi, PrescribingAuthority authority, string patientState, string? controlledSchedule, DateOnly writtenOn)
    {
        CheckRule(new PrescriberMustBeLicensedInThePatientsStateRule(npi, patientState, writtenOn, authority.IsLicensedIn(patientState, writtenOn)));
        if (controlledSchedule is null)
        {
            return null;
        }

        var deaSchedule = ControlledSchedules.DeaScheduleOf(controlledSchedule);
        var registration = authority.RegistrationFor(deaSchedule, writtenOn);
        CheckRule(new PrescriberMustHoldADeaRegistrationForTheScheduleRule(npi, controlledSchedule, deaSchedule, writtenOn, registration is not null));
        return registration!.Number;
    }
}

namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

/// <summary>
/// What a dispensing label must say beyond the directions: the federal caution on schedules II to IV (21 CFR 290.5),
/// and the auxiliary warnings the dosage form calls for (external use for creams, shake well for suspensions...).
/// </summary>
public static class LabelWarnings
{
    public const string FederalCaution =
        "Caution: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.";

    public static IReadOnlyList<string> For(string dosageForm, string? controlledSchedule)
    {
        var warnings = new List<string>();
        if (controlledSchedule is not null && ControlledSchedules.DeaScheduleOf(controlledSchedule) is not "5")
        {
            // An unknown schedule is read as the strictest, as the refill limits do.
            warnings.Add(FederalCaution);
        }

        var form = dosageForm.Replace(" ", "", StringComparison.Ordinal);
        if (form is "Cream" or "Gel" or "Ointment" or "Lotion")
        {
            warnings.Add("For external use only.");
        }

        if (form.EndsWith("Suspension", StringComparison.OrdinalIgnoreCase) || form is "Emulsion")
        {
            warnings.Add("Shake well before use.");
        }

        if (form is "Troche")
        {
            warnings.Add("Let dissolve slowly in the mouth; do not chew or swallow whole.");
        }

        if (form is "Suppository")
        {
            warnings.Add("Do not take by mouth.");
        }

        if (form is "Injection")
        {
            warnings.Add("For injection only, as directed by your prescriber.");
        }

        return warnings;
    }
}

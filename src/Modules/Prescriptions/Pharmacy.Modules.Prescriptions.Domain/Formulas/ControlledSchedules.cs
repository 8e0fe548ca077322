namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

/// <summary>
/// A formula's controlled-substance schedule (CII...CV, "N" for non-narcotic) as the DEA schedule a registration must
/// cover. A schedule without "N" is taken as narcotic, the stricter reading: CIII needs a registration for 3, CIIIN for 3N.
/// </summary>
public static class ControlledSchedules
{
    private static readonly Dictionary<string, string> DeaScheduleOfFormula = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CII"] = "2", ["CIIN"] = "2N", ["CIII"] = "3", ["CIIIN"] = "3N", ["CIV"] = "4", ["CV"] = "5",
        ["II"] = "2", ["IIN"] = "2N", ["III"] = "3", ["IIIN"] = "3N", ["IV"] = "4", ["V"] = "5",
        ["2"] = "2", ["2N"] = "2N", ["3"] = "3", ["3N"] = "3N", ["4"] = "4", ["5"] = "5",
    };

    /// <summary>The DEA schedule code for a formula's schedule; an unknown schedule asks for one no registration lists.</summary>
    public static string DeaScheduleOf(string formulaSchedule) =>
        DeaScheduleOfFormula.GetValueOrDefault(formulaSchedule.Trim().Replace("-", "", StringComparison.Ordinal), formulaSchedule.Trim());
}

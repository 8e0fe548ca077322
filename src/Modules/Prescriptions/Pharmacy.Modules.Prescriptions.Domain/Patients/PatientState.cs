namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>The two-letter codes of the US states and territories a patient can live in (the same list as the intake form's).</summary>
public static class PatientState
{
    private static readonly HashSet<string> Codes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    ];

    public static bool IsStateCode(string? code) => code is { Length: 2 } && Codes.Contains(code);
}

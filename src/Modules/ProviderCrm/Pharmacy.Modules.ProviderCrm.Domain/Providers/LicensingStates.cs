namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>Where a state licence to practise is issued: the fifty states and the District of Columbia.</summary>
public static class LicensingStates
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    };

    public const string Message = "Enter the two-letter code of one of the 50 states or DC, such as TX.";

    public static bool IsLicensingState(string? code) => code is { Length: 2 } && Codes.Contains(code);
}

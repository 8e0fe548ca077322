namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

/// <summary>A US street address; the state and ZIP code are checked before it is built.</summary>
public sealed record Address(string Line1, string? Line2, string City, string State, string Zip)
{
    public static Address Of(string line1, string? line2, string city, string state, string zip) =>
        new(line1.Trim(), string.IsNullOrWhiteSpace(line2) ? null : line2.Trim(), city.Trim(), state.Trim().ToUpperInvariant(), zip.Trim());

    public override string ToString() => $"{Line1}{(Line2 is null ? "" : ", " + Line2)}, {City}, {State} {Zip}";
}

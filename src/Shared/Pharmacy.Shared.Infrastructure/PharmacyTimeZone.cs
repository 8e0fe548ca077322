using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Pharmacy.Shared.Infrastructure;

/// <summary>
/// The pharmacy's own time zone (setting <c>Pharmacy:TimeZone</c>, an IANA or Windows id): times are stored in UTC and
/// shown to staff as the clock on the pharmacy's wall reads them.
/// </summary>
public sealed class PharmacyTimeZone(TimeZoneInfo zone)
{
    public const string Setting = "Pharmacy:TimeZone";
    public const string DefaultId = "America/Chicago";

    public static readonly PharmacyTimeZone Default = new(TimeZoneInfo.FindSystemTimeZoneById(DefaultId));

    public TimeZoneInfo Zone { get; } = zone;

    public static PharmacyTimeZone From(IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } id ? new(TimeZoneInfo.FindSystemTimeZoneById(id)) : Default;

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>"Mar 4, 2026 9:05 AM": the way a person writes a time on a record.</summary>
    public string Format(DateTimeOffset at) => Local(at).ToString("MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
}

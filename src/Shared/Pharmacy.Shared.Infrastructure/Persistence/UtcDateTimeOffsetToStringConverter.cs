using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Stores a point in time as a fixed-width UTC string ("2026-11-29 10:15:00.1234567+00:00"), so that string order is
/// time order on SQLite and comparisons translate to SQL.
/// </summary>
public sealed class UtcDateTimeOffsetToStringConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
    value => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
{
    private const string Format = "yyyy-MM-dd HH:mm:ss.fffffffzzz";
}

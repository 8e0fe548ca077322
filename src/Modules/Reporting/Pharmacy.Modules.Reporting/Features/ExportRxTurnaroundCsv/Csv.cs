using System.Globalization;
using System.Text;

namespace Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;

/// <summary>
/// CSV as RFC 4180 has it (CsvHelper is not among our packages, and this is all we need): fields with a comma, a
/// quote or a line break are quoted, quotes inside doubled, lines end in CRLF. Numbers and times are written the same
/// whatever the server's culture, so a decimal comma never splits a field.
/// </summary>
internal static class Csv
{
    public const string LineEnd = "\r\n";
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// Text from other systems. A leading = + - @ or tab would make a spreadsheet run the field as a formula, so
    /// such text is prefixed with an apostrophe (the usual defence against CSV injection).
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 || value != value.Trim() ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Hours to two decimals (36 seconds): finer than any stage is measured.</summary>
    public static string Hours(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>ISO 8601 in UTC, which every spreadsheet and BI tool reads.</summary>
    public static string Time(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public static string Line(params IEnumerable<string> fields) => string.Join(',', fields) + LineEnd;

    public static string Id(Guid? value) => value?.ToString() ?? "";

    public static void AppendRecord(this StringBuilder builder, IEnumerable<string> fields) => builder.Append(Line(fields));
}

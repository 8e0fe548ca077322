using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>
/// Audit values in the form staff read them, using the module's model to know what each field holds: states and
/// yes/no in words, times in the pharmacy's zone, dates as dates, money with its currency, people by name. Other ids
/// are left out: the row already names its record, and a bare id means nothing to a person.
/// </summary>
internal sealed class HistoryValues(IModel model, PharmacyTimeZone zone, IReadOnlyList<AuditEntry> entries, IReadOnlyDictionary<string, string> people)
{
    private const int MinimumTimestampLength = 19;

    private static readonly string[] RowNumberFields = ["Number", "Line", "Sequence", "LotNumber", "Name"];

    public static IEnumerable<string> Texts(AuditEntry entry) =>
        Read(entry.Before).Concat(Read(entry.After)).Where(pair => pair.Value.ValueKind == JsonValueKind.String).Select(pair => pair.Value.GetString()!);

    public IReadOnlyList<ChangedValue> Changes(AuditEntry entry)
    {
        var before = Read(entry.Before);
        var after = Read(entry.After);
        var type = model.GetEntityTypes().FirstOrDefault(candidate => candidate.ClrType.Name == entry.RecordType);
        var currency = Currency(entry);
        var changes = new List<ChangedValue>();
        foreach (var field in before.Keys.Union(after.Keys))
        {
            var clrType = ClrTypeOf(type, field);
            var (oldShown, old) = Display(before.GetValueOrDefault(field), clrType, currency);
            var (newShown, @new) = Display(after.GetValueOrDefault(field), clrType, currency);
            if ((oldShown || newShown) && (old is not null || @new is not null))
            {
                changes.Add(new ChangedValue(HistoryWords.Of(field), old, @new));
            }
        }

        return changes;
    }

    /// <summary>What tells one row of a collection from the others ("Fill 1", "Formula ingredient 2"), from any of its entries.</summary>
    public string RowNumber(string recordType, string recordId)
    {
        var values = entries.Where(entry => entry.RecordType == recordType && entry.RecordId == recordId)
            .SelectMany(entry => Read(entry.After).Concat(Read(entry.Before)))
            .ToList();
        return RowNumberFields
            .Select(field => values.FirstOrDefault(pair => pair.Key.Equals(field, StringComparison.OrdinalIgnoreCase)).Value)
            .Where(value => value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            .Select(value => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            .FirstOrDefault() ?? "";
    }

    private (bool Shown, string? Text) Display(JsonElement value, Type? clrType, string currency) =>
        value.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => (true, null),
            JsonValueKind.True => (true, "Yes"),
            JsonValueKind.False => (true, "No"),
            JsonValueKind.Number when clrType == typeof(Money) => (true, new Money(value.GetDecimal(), currency).ToUnitPriceString()),
            JsonValueKind.Number when value.TryGetDecimal(out var number) => (true, number.ToString("0.######", CultureInfo.InvariantCulture)),
            JsonValueKind.String => Text(value.GetString()!, clrType),
            JsonValueKind.Array => (true, string.Join("; ", value.EnumerateArray().Select(item => item.ToString()))),
            _ => (true, value.GetRawText()),
        };

    private (bool Shown, string? Text) Text(string text, Type? clrType)
    {
        if (clrType is { IsEnum: true })
        {
            return (true, Enum.TryParse(clrType, text, out var value) ? EnumText.Of((Enum)value) : HistoryWords.Of(text));
        }

        if (clrType == typeof(DateOnly) && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date))
        {
            return (true, PharmacyTimeZone.Format(date));
        }

        if ((clrType == typeof(DateTimeOffset) || clrType == typeof(DateTime) || (clrType is null && text.Length >= MinimumTimestampLength))
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return (true, zone.Format(time));
        }

        if (people.TryGetValue(text, out var name))
        {
            return (true, name);
        }

        return Guid.TryParse(text, out _) ? (false, null) : (true, text);
    }

    /// <summary>The record's currency, from any of its entries (it is written when the record is created); dollars otherwise.</summary>
    private string Currency(AuditEntry of) =>
        entries.Where(entry => entry.RecordType == of.RecordType && entry.RecordId == of.RecordId)
            .SelectMany(entry => Read(entry.After).Concat(Read(entry.Before)))
            .Where(pair => pair.Key.Equals("Currency", StringComparison.OrdinalIgnoreCase) && pair.Value.ValueKind == JsonValueKind.String)
            .Select(pair => pair.Value.GetString()!)
            .FirstOrDefault() ?? "USD";

    /// <summary>
    /// What the mapped property a field was written from holds; "Patient.Sex" is found through the owned patient, and a
    /// money value's amount by the money's own name.
    /// </summary>
    private static Type? ClrTypeOf(IEntityType? type, string field)
    {
        var path = field.Split('.');
        for (var i = 0; type is not null && i < path.Length - 1; i++)
        {
            type = type.FindNavigation(path[i])?.TargetEntityType;
        }

        var clrType = type?.FindProperty(path[^1])?.ClrType ?? type?.FindComplexProperty(path[^1])?.ClrType;
        return clrType is null ? null : Nullable.GetUnderlyingType(clrType) ?? clrType;
    }

    private static Dictionary<string, JsonElement> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.OrdinalIgnoreCase);
    }
}

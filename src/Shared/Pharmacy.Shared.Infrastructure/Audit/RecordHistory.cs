using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>One act on a regulated record as its page shows it: when, who, what, the signature, and what changed.</summary>
public sealed record HistoryEntry(
    DateTimeOffset At, string Who, string Action, string? SignedBy, string? SignatureMeaning, IReadOnlyList<string> Changes);

/// <summary>Reads a record's audit trail and says in words what each act changed.</summary>
public static partial class RecordHistory
{
    private const int MinimumTimestampLength = 19;

    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase) { "Qc", "Rx", "Id", "Bud" };

    public static async Task<IReadOnlyList<HistoryEntry>> ForAsync(
        ModuleDbContext db, string recordType, string recordId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(entry => entry.RecordType == recordType && entry.RecordId == recordId)
            .OrderBy(entry => entry.Id)
            .ToListAsync(cancellationToken);
        return entries
            .Select(entry => new HistoryEntry(
                entry.OccurredAt, entry.UserName, Words(entry.Action), entry.SignedBy, entry.SignatureMeaning, Changes(entry.Before, entry.After)))
            .ToList();
    }

    private static IReadOnlyList<string> Changes(string? before, string? after)
    {
        if (before is null)
        {
            return ["Record created"];
        }

        var old = Read(before);
        return Read(after).Select(pair => $"{Words(pair.Key)}: {old.GetValueOrDefault(pair.Key, "—")} → {pair.Value}").ToList();
    }

    private static Dictionary<string, string> Read(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            property => property.Name,
            property => property.Value.ValueKind switch
            {
                JsonValueKind.Null => "—",
                JsonValueKind.String => Readable(property.Value.GetString()),
                _ => property.Value.GetRawText(),
            },
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"amountPaid" and "RecordQcResult" read "Amount paid" and "Record QC result".</summary>
    private static string Words(string name)
    {
        var words = CamelHumps().Split(name).Where(word => word.Length > 0).ToList();
        return string.Join(' ', words.Select((word, i) => Acronyms.Contains(word) ? word.ToUpperInvariant()
            : i == 0 ? char.ToUpperInvariant(word[0]) + word[1..]
            : word.ToLowerInvariant()));
    }

    /// <summary>Times read as the pages show them; other text as it is.</summary>
    private static string Readable(string? value) =>
        value is null ? "—"
        : value.Length >= MinimumTimestampLength && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : value;

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex CamelHumps();
}

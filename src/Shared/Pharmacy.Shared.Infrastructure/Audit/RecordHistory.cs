using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>A record whose history is read; <paramref name="Label"/> names it on the page ("Lot 24-0117"), its type's name when null.</summary>
public sealed record HistoryRecord(string Type, string Id, string? Label = null);

/// <summary>
/// One act on a regulated record as staff read it: when (UTC; pages show it in the pharmacy's time), who, the act as its
/// command is named and in words, which record (the record itself, or one of its rows: "Fill 1"), the signature, and the
/// changed values in display form.
/// </summary>
public sealed record HistoryEntry(
    DateTimeOffset At, string Who, string Action, string Act, string Record, string? SignedBy, string? SignatureMeaning,
    DateTimeOffset? SignedAt, bool Created, IReadOnlyList<ChangedValue> Changes);

/// <summary>One changed value: before is null when the record was created, after is null when it was removed or emptied.</summary>
public sealed record ChangedValue(string Field, string? Before, string? After);

/// <summary>The one reader of the audit trail for record pages and the API: a record's history, and that of its rows, oldest first.</summary>
public static class RecordHistory
{
    public static Task<IReadOnlyList<HistoryEntry>> ReadAsync(
        ModuleDbContext db, PharmacyTimeZone zone, string recordType, object recordId, CancellationToken cancellationToken) =>
        ReadAsync(db, zone, [new HistoryRecord(recordType, recordId.ToString()!)], cancellationToken);

    /// <param name="latest">Only the most recent acts, for records that change often (an item and its lots).</param>
    public static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(
        ModuleDbContext db, PharmacyTimeZone zone, IReadOnlyList<HistoryRecord> records, CancellationToken cancellationToken, int? latest = null)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var query = db.AuditEntries.AsNoTracking().Where(Of(records));
        var entries = latest is { } count
            ? (await query.OrderByDescending(entry => entry.Id).Take(count).ToListAsync(cancellationToken)).OrderBy(entry => entry.Id).ToList()
            : await query.OrderBy(entry => entry.Id).ToListAsync(cancellationToken);
        var values = new HistoryValues(db.Model, zone, entries, await PeopleAsync(db, entries, cancellationToken));
        var labels = Labels(records, entries, values);
        return
        [
            .. entries.Select(entry => new HistoryEntry(
                entry.OccurredAt, entry.UserName, entry.Action, HistoryWords.Of(entry.Action), labels[(entry.RecordType, entry.RecordId)],
                entry.SignedBy, entry.SignatureMeaning, entry.SignedAt, entry.Before is null, values.Changes(entry))),
        ];
    }

    /// <summary>The records' own entries and those of their rows, whose ids start with the record's id.</summary>
    private static Expression<Func<AuditEntry, bool>> Of(IReadOnlyList<HistoryRecord> records)
    {
        var parameter = Expression.Parameter(typeof(AuditEntry), "entry");
        Expression? any = null;
        foreach (var record in records)
        {
            var (type, id, rows) = (record.Type, record.Id, record.Id + "/");
            Expression<Func<AuditEntry, bool>> one = entry => (entry.RecordType == type && entry.RecordId == id) || entry.RecordId.StartsWith(rows);
            var body = ReplacingExpressionVisitor.Replace(one.Parameters[0], parameter, one.Body);
            any = any is null ? body : Expression.OrElse(any, body);
        }

        return Expression.Lambda<Func<AuditEntry, bool>>(any!, parameter);
    }

    /// <summary>The people the trail knows by id, so that a value holding someone's id reads as their name.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> PeopleAsync(
        ModuleDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var people = entries.GroupBy(entry => entry.UserId).ToDictionary(group => group.Key, group => group.Last().UserName);
        var unknown = entries.SelectMany(HistoryValues.Texts).Where(text => Guid.TryParse(text, out _) && !people.ContainsKey(text)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            var known = await db.AuditEntries.AsNoTracking()
                .Where(entry => unknown.Contains(entry.UserId))
                .Select(entry => new { entry.UserId, entry.UserName })
                .Distinct()
                .ToListAsync(cancellationToken);
            known.ForEach(person => people[person.UserId] = person.UserName);
        }

        return people;
    }

    private static Dictionary<(string, string), string> Labels(IReadOnlyList<HistoryRecord> records, IReadOnlyList<AuditEntry> entries, HistoryValues values)
    {
        var labels = new Dictionary<(string, string), string>();
        foreach (var entry in entries.Where(entry => !labels.ContainsKey((entry.RecordType, entry.RecordId))))
        {
            var record = records.FirstOrDefault(r => r.Type == entry.RecordType && r.Id == entry.RecordId);
            labels[(entry.RecordType, entry.RecordId)] = record is not null
                ? record.Label ?? HistoryWords.Of(record.Type)
                : $"{HistoryWords.Of(entry.RecordType)} {values.RowNumber(entry.RecordType, entry.RecordId)}".TrimEnd();
        }

        return labels;
    }
}

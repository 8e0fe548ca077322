using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Persistence;

namespace Pharmacy.Modules.Compounding.Features;

/// <summary>One entry of a regulated record's audit trail, as staff read it on the record's page.</summary>
public sealed record RecordHistoryEntry(
    DateTimeOffset At, string Who, string Action, string? SignedBy, string? SignatureMeaning, string? Before, string? After);

internal static class RecordHistory
{
    public static Task<List<RecordHistoryEntry>> HistoryOfAsync(
        this CompoundingDbContext db, string recordType, Guid recordId, CancellationToken cancellationToken)
    {
        var id = recordId.ToString();
        return db.AuditEntries.AsNoTracking()
            .Where(entry => entry.RecordType == recordType && entry.RecordId == id)
            .OrderBy(entry => entry.Id)
            .Select(entry => new RecordHistoryEntry(
                entry.OccurredAt, entry.UserName, entry.Action, entry.SignedBy, entry.SignatureMeaning, entry.Before, entry.After))
            .ToListAsync(cancellationToken);
    }
}

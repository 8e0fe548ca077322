using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Shared.Infrastructure.Audit;

public static class AuditHistory
{
    /// <summary>A record's history, newest first, for its page.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> HistoryOfAsync(
        this ModuleDbContext db, string recordType, object recordId, CancellationToken cancellationToken)
    {
        var id = recordId.ToString()!;
        return await db.AuditEntries.AsNoTracking()
            .Where(entry => entry.RecordType == recordType && entry.RecordId == id)
            .OrderByDescending(entry => entry.Id)
            .ToListAsync(cancellationToken);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Persistence;

/// <summary>
/// Audit entries for fills. The shared audit trail records the columns of aggregates and their single owned parts;
/// a fill is one of many owned rows of a prescription, so its changes (batch, release, who handed it out, carrier,
/// tracking number) are recorded here, in the same save, as record type "Fill".
/// </summary>
internal static class FillAudit
{
    /// <summary>The owner's key on the fills table (a shadow property: a fill never points back to its prescription in code).</summary>
    public const string PrescriptionIdProperty = "PrescriptionId";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<AuditEntry> Collect(DbContext db, AuditContext context, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries<Fill>())
        {
            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, Values(entry, changedOnly: false, original: false)),
                EntityState.Modified => (Values(entry, changedOnly: true, original: true), Values(entry, changedOnly: true, original: false)),
                EntityState.Deleted => (Values(entry, changedOnly: false, original: true), null),
                _ => ((Dictionary<string, object?>?)null, (Dictionary<string, object?>?)null),
            };
            if ((before is null || before.Count == 0) && (after is null || after.Count == 0))
            {
                continue;
            }

            entries.Add(new AuditEntry(
                now, context.UserId, context.UserName, context.Action, nameof(Fill), entry.Entity.Id.ToString(),
                before is null ? null : JsonSerializer.Serialize(before, Json),
                after is null ? null : JsonSerializer.Serialize(after, Json),
                context.Signature));
        }

        return entries;
    }

    private static Dictionary<string, object?> Values(EntityEntry<Fill> entry, bool changedOnly, bool original)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var owner = property.Metadata.Name == PrescriptionIdProperty;
            if ((property.Metadata.IsShadowProperty() && !owner) || (changedOnly && !property.IsModified))
            {
                continue;
            }

            values[property.Metadata.Name] = Plain(original ? property.OriginalValue : property.CurrentValue);
        }

        return values;
    }

    private static object? Plain(object? value) => value switch
    {
        Enum e => e.ToString(),
        FillId id => id.Value,
        PrescriptionId id => id.Value,
        _ => value,
    };
}

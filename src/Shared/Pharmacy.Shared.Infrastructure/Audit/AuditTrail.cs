using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>Turns the tracked changes of aggregates into audit entries, just before they are saved.</summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<AuditEntry> Collect(DbContext db, AuditContext context, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
        {
            var (before, after) = entry.State switch
            {
                EntityState.Added => ((Dictionary<string, object?>?)null, Values(entry, changedOnly: false, original: false)),
                EntityState.Deleted => (Values(entry, changedOnly: false, original: true), null),
                EntityState.Modified => (Values(entry, changedOnly: true, original: true), Values(entry, changedOnly: true, original: false)),
                _ => OwnedChanges(entry),
            };
            if (before is null && after is null)
            {
                continue;
            }

            entries.Add(new AuditEntry(
                now, context.UserId, context.UserName, context.Action, entry.Metadata.ClrType.Name, KeyOf(entry),
                before is null ? null : JsonSerializer.Serialize(before, Json),
                after is null ? null : JsonSerializer.Serialize(after, Json),
                context.Signature));
        }

        return entries;
    }

    /// <summary>An aggregate whose own columns did not change but whose owned parts did (an address, a patient).</summary>
    private static (Dictionary<string, object?>?, Dictionary<string, object?>?) OwnedChanges(EntityEntry entry)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var owned in OwnedEntries(entry).Where(owned => owned.Entry.State == EntityState.Modified))
        {
            foreach (var property in owned.Entry.Properties.Where(p => p.IsModified && !p.Metadata.IsShadowProperty()))
            {
                before[$"{owned.Prefix}.{property.Metadata.Name}"] = property.OriginalValue;
                after[$"{owned.Prefix}.{property.Metadata.Name}"] = property.CurrentValue;
            }
        }

        return before.Count == 0 ? (null, null) : (before, after);
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, bool changedOnly, bool original)
    {
        var values = new Dictionary<string, object?>();
        Add(values, entry, prefix: null, changedOnly, original);
        foreach (var owned in OwnedEntries(entry))
        {
            Add(values, owned.Entry, owned.Prefix, changedOnly && owned.Entry.State != EntityState.Added, original);
        }

        return values;
    }

    private static void Add(Dictionary<string, object?> values, EntityEntry entry, string? prefix, bool changedOnly, bool original)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsShadowProperty() || (changedOnly && !property.IsModified) || property.Metadata.Name == nameof(AggregateRoot.Version))
            {
                continue;
            }

            var name = prefix is null ? property.Metadata.Name : $"{prefix}.{property.Metadata.Name}";
            values[name] = Plain(original ? property.OriginalValue : property.CurrentValue);
        }
    }

    private static IEnumerable<(string Prefix, EntityEntry Entry)> OwnedEntries(EntityEntry entry) =>
        entry.References
            .Where(reference => reference.Metadata.TargetEntityType.IsOwned() && reference.TargetEntry is not null)
            .Select(reference => (reference.Metadata.Name, reference.TargetEntry!));

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Plain(entry.Property(p.Name).CurrentValue)?.ToString()));

    /// <summary>Typed ids are written as their Guid, enums by name.</summary>
    private static object? Plain(object? value) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        _ when value.GetType().GetProperty("Value") is { } inner && value.GetType().IsValueType && inner.PropertyType == typeof(Guid) => inner.GetValue(value),
        _ => value,
    };
}

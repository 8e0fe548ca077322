using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>
/// Turns the tracked changes of aggregates into audit entries, just before they are saved. An aggregate's single owned
/// parts (an address, a patient) are written with it; each row of its collections (a prescription's fills, a formula's
/// ingredient lines, a release task's QC results, a charge's payments) gets an entry of its own, named by its type and
/// identified as "aggregate id/row key", so that the aggregate's history finds it by the aggregate's id alone.
/// </summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<AuditEntry> Collect(DbContext db, AuditContext context, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var recordId = entry.Entity is AggregateRoot ? KeyOf(entry) : PartKeyOf(entry);
            if (recordId is null)
            {
                continue;
            }

            var (before, after) = Changes(entry);
            if (before is null && after is null)
            {
                continue;
            }

            entries.Add(new AuditEntry(
                now, context.UserId, context.UserName, context.Action, entry.Metadata.ClrType.Name, recordId,
                before is null ? null : JsonSerializer.Serialize(before, Json),
                after is null ? null : JsonSerializer.Serialize(after, Json),
                context.Signature));
        }

        return entries;
    }

    private static (Dictionary<string, object?>?, Dictionary<string, object?>?) Changes(EntityEntry entry)
    {
        var (before, after) = entry.State switch
        {
            EntityState.Added => (null, Values(entry, changedOnly: false, original: false)),
            EntityState.Deleted => (Values(entry, changedOnly: false, original: true), null),
            EntityState.Modified => (Values(entry, changedOnly: true, original: true), Values(entry, changedOnly: true, original: false)),
            _ when entry.Entity is AggregateRoot => OwnedChanges(entry),
            _ => (null, null),
        };
        return (before?.Count ?? 0) == 0 && (after?.Count ?? 0) == 0 ? (null, null) : (before, after);
    }

    /// <summary>An aggregate whose own columns did not change but whose single owned parts did (an address, a patient).</summary>
    private static (Dictionary<string, object?>?, Dictionary<string, object?>?) OwnedChanges(EntityEntry entry)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var owned in OwnedEntries(entry).Where(owned => owned.Entry.State == EntityState.Modified))
        {
            foreach (var property in owned.Entry.Properties.Where(p => p.IsModified && !p.Metadata.IsShadowProperty()))
            {
                before[$"{owned.Prefix}.{property.Metadata.Name}"] = Plain(property.OriginalValue);
                after[$"{owned.Prefix}.{property.Metadata.Name}"] = Plain(property.CurrentValue);
            }
        }

        return (before, after);
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

        // Money and quantities are written as their columns are: the amount under the property's name ("AmountPaid",
        // "ReorderPoint"), the currency or unit under "Currency" or "Unit"; so entries read as they did with plain decimals.
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties.Where(property => !changedOnly || property.IsModified))
            {
                var field = property.Metadata.Name == nameof(Money.Amount) ? complex.Metadata.Name : property.Metadata.Name;
                var name = prefix is null ? field : $"{prefix}.{field}";
                values[name] = Plain(original ? property.OriginalValue : property.CurrentValue);
            }
        }
    }

    private static IEnumerable<(string Prefix, EntityEntry Entry)> OwnedEntries(EntityEntry entry) =>
        entry.References
            .Where(reference => reference.Metadata.TargetEntityType.IsOwned() && reference.TargetEntry is not null)
            .Select(reference => (reference.Metadata.Name, reference.TargetEntry!));

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Plain(entry.Property(p.Name).CurrentValue)?.ToString()));

    /// <summary>
    /// "aggregate id/row key" for a row of an aggregate's collection (owned, or a child table with a key to the aggregate);
    /// null for anything else (single owned parts are written with their aggregate; outbox, inbox and audit rows are not audited).
    /// </summary>
    private static string? PartKeyOf(EntityEntry entry)
    {
        var owner = entry.Metadata.GetForeignKeys().FirstOrDefault(IsCollectionOfAggregate);
        if (owner is null)
        {
            return null;
        }

        var original = entry.State == EntityState.Deleted;
        string ValueOf(IProperty property) =>
            Plain(original ? entry.Property(property.Name).OriginalValue : entry.Property(property.Name).CurrentValue)?.ToString() ?? "";
        var ownRow = entry.Metadata.FindPrimaryKey()!.Properties.Where(property => !owner.Properties.Contains(property));
        return string.Join('/', owner.Properties.Select(ValueOf).Concat(ownRow.Select(ValueOf)));
    }

    private static bool IsCollectionOfAggregate(IForeignKey key) =>
        typeof(AggregateRoot).IsAssignableFrom(key.PrincipalEntityType.ClrType) && !key.IsUnique;

    /// <summary>Typed ids are written as their Guid, enums by name, units by symbol.</summary>
    private static object? Plain(object? value) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        UnitOfMeasure unit => unit.Symbol,
        _ when value.GetType().GetProperty("Value") is { } inner && value.GetType().IsValueType && inner.PropertyType == typeof(Guid) => inner.GetValue(value),
        _ => value,
    };
}

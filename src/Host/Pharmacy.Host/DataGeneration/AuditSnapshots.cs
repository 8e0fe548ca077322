using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Host.DataGeneration;

/// <summary>Who did an act of the generated history, as the audit trail names people (and the system).</summary>
internal sealed record Actor(string Id, string Name)
{
    public static Actor System { get; } = new(SystemUser.Instance.Id, SystemUser.Instance.Name);
}

/// <summary>
/// The creation entry the module's audit writer makes when a record is first saved, in the same shape: the record's
/// type and id (an aggregate by its key, a row of one of its collections as "aggregate id/row key"), every mapped value
/// as JSON (enums by name, typed ids as their Guid, the aggregate's single owned parts as "Part.Field"), the act's name,
/// who did it, when, and the signature when the act was signed. Taken when the record is created, so that it holds
/// the values it was created with, and written with the module's other rows.
/// </summary>
internal sealed class AuditSnapshots(IModel model)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The value of a field of a single owned part the record does not have (a fill not shipped has no ship-to address): not written, as the audit writer does not write it.</summary>
    private static readonly object Absent = new();

    private readonly List<AuditEntry> _entries = [];
    private readonly Dictionary<Type, Shape> _shapes = [];
    private readonly MemoryStream _buffer = new();

    public IReadOnlyList<AuditEntry> Entries => _entries;

    /// <summary>A new aggregate, or a new row of an aggregate's collection (then <paramref name="owner"/> is the aggregate).</summary>
    public void Created(object record, DateTimeOffset at, Actor actor, string action, AggregateRoot? owner = null, ElectronicSignature? signature = null)
    {
        var shape = ShapeOf(record.GetType(), owner?.GetType());
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            foreach (var (name, read) in shape.Values)
            {
                var value = read(record);
                if (ReferenceEquals(value, Absent))
                {
                    continue;
                }

                json.WritePropertyName(name);
                WriteValue(json, value);
            }

            json.WriteEndObject();
        }

        var id = owner is null ? shape.Key(record) : $"{ShapeOf(owner.GetType(), null).Key(owner)}/{shape.Key(record)}";
        var after = System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        _entries.Add(new AuditEntry(at, actor.Id, actor.Name, action, shape.TypeName, id, before: null, after, signature));
    }

    /// <summary>The common values written directly, exactly as the serializer writes them; anything else through the serializer.</summary>
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case Guid guid:
                json.WriteStringValue(guid);
                break;
            case DateTimeOffset time:
                json.WriteStringValue(time);
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), Json);
                break;
        }
    }

    public void Clear() => _entries.Clear();

    private Shape ShapeOf(Type clrType, Type? ownerType)
    {
        if (_shapes.TryGetValue(clrType, out var known))
        {
            return known;
        }

        var type = model.FindEntityType(clrType)
                   ?? (ownerType is null ? null : model.FindEntityType(ownerType)?.GetNavigations().Select(n => n.TargetEntityType).FirstOrDefault(t => t.ClrType == clrType))
                   ?? throw new InvalidOperationException($"{clrType.Name} is not in the module's model.");
        var values = new List<(string, Func<object, object?>)>();
        Add(values, type, part => part, prefix: null);
        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var getter = navigation.GetGetter();
            Add(values, navigation.TargetEntityType, record => getter.GetClrValue(record), navigation.Name);
        }

        // A row of a collection is named by its own key, after the aggregate's: its key less the columns pointing to the aggregate.
        var ownerKey = ownerType is null ? null : type.GetForeignKeys().FirstOrDefault(key => typeof(AggregateRoot).IsAssignableFrom(key.PrincipalEntityType.ClrType));
        var keyParts = type.FindPrimaryKey()!.Properties.Where(p => ownerKey is null || !ownerKey.Properties.Contains(p)).Select(Reader).ToList();
        var shape = new Shape(type.ClrType.Name, values, record => string.Join('/', keyParts.Select(read => read(record)?.ToString() ?? "")));
        _shapes[clrType] = shape;
        return shape;
    }

    private static void Add(List<(string, Func<object, object?>)> values, IEntityType type, Func<object, object?> part, string? prefix)
    {
        foreach (var property in type.GetProperties().Where(p => !p.IsShadowProperty() && p.Name != nameof(AggregateRoot.Version)))
        {
            var read = Reader(property);
            values.Add((prefix is null ? property.Name : $"{prefix}.{property.Name}", record => part(record) is { } value ? read(value) : Absent));
        }
    }

    /// <summary>Typed ids are written as their Guid, enums by name, as the audit writer writes them.</summary>
    private static Func<object, object?> Reader(IProperty property)
    {
        var getter = property.GetGetter();
        var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (clrType.IsEnum)
        {
            return record => getter.GetClrValue(record)?.ToString();
        }

        if (clrType.IsValueType && clrType.GetProperty("Value") is { } inner && inner.PropertyType == typeof(Guid))
        {
            return record => getter.GetClrValue(record) is { } id ? inner.GetValue(id) : null;
        }

        return getter.GetClrValue;
    }

    private sealed record Shape(string TypeName, IReadOnlyList<(string Name, Func<object, object?> Read)> Values, Func<object, string> Key);
}

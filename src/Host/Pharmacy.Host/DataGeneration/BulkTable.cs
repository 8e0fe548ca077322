using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// The bulk equivalent of a module's EF Core save for one table: one prepared INSERT whose columns and value
/// conversions all come from the module's own model, so a row is stored exactly as the module would store it
/// (times as its sortable UTC text, ids as their Guid, states by name, JSON columns as EF writes them), without the
/// change tracker. The owner of a row of an owned collection gives its key to the row's foreign key.
/// </summary>
internal sealed class BulkTable : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly List<Column> _columns;

    private BulkTable(sqlite3 database, sqlite3_stmt statement, List<Column> columns)
    {
        _database = database;
        _statement = statement;
        _columns = columns;
    }

    public long Rows { get; private set; }

    public static BulkTable For(SqliteConnection connection, IEntityType type)
    {
        var table = type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = new List<Column>();
        AddColumns(columns, type, store, entity => entity, isOwnedPart: false);
        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
        {
            var owned = navigation.TargetEntityType;
            if (owned.IsMappedToJson())
            {
                continue;
            }

            AddColumns(columns, owned, store, entity => navigation.GetGetter().GetClrValue(entity), isOwnedPart: true);
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()))
        {
            columns.Add(JsonColumn(navigation));
        }

        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return new BulkTable(connection.Handle!, statement, columns);
    }

    /// <param name="ownerKey">The owning aggregate's key, for the foreign key of a row of an owned collection.</param>
    public void Insert(object entity, object? ownerKey = null)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            var value = column.Value(entity, ownerKey);
            if (value is not null && column.Mapping?.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            Bind(_statement, i + 1, value);
        }

        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        raw.sqlite3_reset(_statement);
        Rows++;
    }

    /// <summary>
    /// Binds one stored value as Microsoft.Data.Sqlite binds a parameter of that type (a test holds the two side by
    /// side), straight to the statement by position: the bulk load's cost is mostly binding, and this skips the
    /// per-parameter name lookup. A type the model does not store after its conversions is refused, not guessed.
    /// </summary>
    internal static void Bind(sqlite3_stmt statement, int position, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, position),
            string text => raw.sqlite3_bind_text(statement, position, text),
            bool flag => raw.sqlite3_bind_int64(statement, position, flag ? 1 : 0),
            int number => raw.sqlite3_bind_int64(statement, position, number),
            long number => raw.sqlite3_bind_int64(statement, position, number),
            short number => raw.sqlite3_bind_int64(statement, position, number),
            byte number => raw.sqlite3_bind_int64(statement, position, number),
            double number => raw.sqlite3_bind_double(statement, position, number),
            decimal number => raw.sqlite3_bind_text(statement, position, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            Guid guid => raw.sqlite3_bind_text(statement, position, guid.ToString().ToUpperInvariant()),
            DateOnly date => raw.sqlite3_bind_text(statement, position, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(statement, position, bytes),
            _ => throw new NotSupportedException($"The bulk load does not bind {value.GetType().Name} values; add it beside its Microsoft.Data.Sqlite form."),
        };
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"Binding column {position} failed with SQLite code {rc}.");
        }
    }


    public void Dispose() => _statement.Dispose();

    private static void AddColumns(List<Column> columns, ITypeBase type, StoreObjectIdentifier store, Func<object, object?> part, bool isOwnedPart)
    {
        // Money and quantities are complex properties: their amount on its own column, the currency or unit on the row's.
        foreach (var complex in type.GetComplexProperties())
        {
            var getter = complex.GetGetter();
            AddColumns(columns, complex.ComplexType, store, entity => part(entity) is { } value ? getter.GetClrValue(value) : null, isOwnedPart);
        }

        foreach (var property in type.GetProperties())
        {
            var name = property.GetColumnName(store);
            if (name is null || property.GetComputedColumnSql() is not null || IsStoreGenerated(property)
                || (isOwnedPart && property.IsShadowProperty()) || columns.Any(c => c.Name == name))
            {
                continue;
            }

            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            if (property.IsShadowProperty())
            {
                if (!property.IsForeignKey())
                {
                    throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} is a shadow property the generator cannot fill.");
                }

                columns.Add(new Column(name, mapping, (_, owner) => owner));
                continue;
            }

            var getter = property.GetGetter();
            columns.Add(new Column(name, mapping, (entity, _) => part(entity) is { } value ? getter.GetClrValue(value) : null));
        }
    }

    private static bool IsStoreGenerated(IProperty property) =>
        property.ValueGenerated == ValueGenerated.OnAdd && property.IsPrimaryKey() && property.ClrType == typeof(long);

    /// <summary>An owned collection kept as one JSON column: an array of its rows by property name, as EF writes it.</summary>
    private static Column JsonColumn(INavigation navigation)
    {
        var owned = navigation.TargetEntityType;
        var properties = owned.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
        var getter = navigation.GetGetter();
        return new Column(owned.GetContainerColumnName()!, null, (entity, _) =>
        {
            if (getter.GetClrValue(entity) is not System.Collections.IEnumerable rows)
            {
                return null;
            }

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartArray();
                foreach (var row in rows)
                {
                    json.WriteStartObject();
                    foreach (var property in properties)
                    {
                        json.WritePropertyName(property.GetJsonPropertyName() ?? property.Name);
                        JsonSerializer.Serialize(json, property.GetGetter().GetClrValue(row), property.ClrType);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        });
    }

    private sealed record Column(string Name, RelationalTypeMapping? Mapping, Func<object, object?, object?> Value);
}

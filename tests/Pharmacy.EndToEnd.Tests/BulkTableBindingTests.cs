using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Pharmacy.Host.DataGeneration;
using Pharmacy.Modules.Prescriptions.Persistence;
using SQLitePCL;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The generator binds its values straight to SQLite; the host saves them through EF Core and Microsoft.Data.Sqlite.
/// For every kind of value the modules store, both must leave the same bytes of the same SQLite type in the column,
/// or the host would read the generated year differently from its own records (a Guid in lower case never matches).
/// </summary>
public sealed class BulkTableBindingTests
{
    public static TheoryData<object?> StoredValues() =>
    [
        null,
        "Apply 1 g to the affected area twice daily",
        "",
        true,
        false,
        42,
        -7,
        long.MaxValue,
        (short)3,
        (byte)200,
        0.1,
        -1234.5678,
        0m,
        1.5m,
        30.000m,
        -0.0001m,
        123456789.123456789m,
        Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
        new DateOnly(2026, 12, 2),
        new DateOnly(1, 1, 1),
        new byte[] { 0, 1, 254, 255 },
    ];

    [Theory]
    [MemberData(nameof(StoredValues))]
    public void A_value_bound_directly_is_stored_as_the_host_stores_it(object? value)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (host, bulk)");

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (host) VALUES (@value)";
        insert.Parameters.Add(HostParameter(insert, value));
        insert.ExecuteNonQuery();

        var rc = raw.sqlite3_prepare_v2(connection.Handle, "UPDATE t SET bulk = ?", out var statement);
        Assert.Equal(raw.SQLITE_OK, rc);
        using (statement)
        {
            BulkTable.Bind(statement, 1, value);
            Assert.Equal(raw.SQLITE_DONE, raw.sqlite3_step(statement));
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT typeof(host), quote(host), typeof(bulk), quote(bulk) FROM t";
        using var row = read.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal((row.GetString(0), row.GetString(1)), (row.GetString(2), row.GetString(3)));
    }

    [Fact]
    public void A_kind_of_value_the_bulk_load_does_not_know_is_refused_not_guessed()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (a)");
        raw.sqlite3_prepare_v2(connection.Handle, "INSERT INTO t (a) VALUES (?)", out var statement);
        using (statement)
        {
            var refused = Assert.Throws<NotSupportedException>(() => BulkTable.Bind(statement, 1, TimeSpan.FromMinutes(5)));
            Assert.Contains(nameof(TimeSpan), refused.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The parameter the host's EF Core model makes for a value of that type, as the modules save it.</summary>
    private static SqliteParameter HostParameter(SqliteCommand command, object? value)
    {
        if (value is null)
        {
            return new SqliteParameter("@value", DBNull.Value);
        }

        using var context = new PrescriptionsDbContext(new DbContextOptionsBuilder<PrescriptionsDbContext>().UseSqlite("Data Source=:memory:").Options);
        var mapping = context.GetService<IRelationalTypeMappingSource>().FindMapping(value.GetType())
                      ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No mapping for {value.GetType()}"));
        return (SqliteParameter)mapping.CreateParameter(command, "@value", value, nullable: true);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

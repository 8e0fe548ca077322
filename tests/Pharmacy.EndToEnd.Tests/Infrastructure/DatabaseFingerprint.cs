using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A cheap fingerprint of every module's database: each table's rows, read in key order and hashed. Two equal
/// fingerprints mean nothing was added, changed or removed in between (the host's own identity database is left
/// out: sign-ins and the security log write there by design).
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>Every module's database file in the folder (a module added later is fingerprinted without editing this list).</summary>
    public static IReadOnlyList<string> ModuleDatabases(string dataFolder) =>
        [.. Directory.GetFiles(dataFolder, "*.db").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(name => name != "identity").Order(StringComparer.Ordinal)];

    public static IReadOnlyDictionary<string, string> Of(string dataFolder)
    {
        var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var databases = ModuleDatabases(dataFolder);
        if (!databases.Contains("portal") || !databases.Contains("prescriptions"))
        {
            throw new InvalidOperationException($"The data folder {dataFolder} holds only {string.Join(", ", databases)}.");
        }

        foreach (var database in databases)
        {
            var path = Path.Combine(dataFolder, $"{database}.db");
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            foreach (var table in Tables(connection))
            {
                fingerprints[$"{database}.{table}"] = HashOfRows(connection, table);
            }
        }

        return fingerprints;
    }

    /// <summary>The tables whose fingerprints differ, with their row counts before and after.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(table => before.GetValueOrDefault(table) != after.GetValueOrDefault(table))
            .Select(table => $"{table}: {before.GetValueOrDefault(table) ?? "(none)"} -> {after.GetValueOrDefault(table) ?? "(none)"}")];

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static string HashOfRows(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
        using var reader = command.ExecuteReader();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            for (var column = 0; column < reader.FieldCount; column++)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(reader.IsDBNull(column) ? "\u2400" : Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                hash.AppendData("\u241f"u8);
            }
        }

        return $"{rows} rows {Convert.ToHexString(hash.GetHashAndReset())[..12]}";
    }
}

using Microsoft.Data.Sqlite;

namespace Pharmacy.Persistence.Tests;

/// <summary>A folder of its own for one test's SQLite files, deleted afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pharmacy-persistence-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        // Pooled connections keep the files open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

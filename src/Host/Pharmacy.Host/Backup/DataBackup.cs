using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Pharmacy.Host.Backup;

/// <summary>
/// Copies every module's database of a data folder while the host keeps working, with SQLite's online backup API:
/// each copy is one consistent moment of its database, including what still sits in the write-ahead log (copying the
/// files would miss that). Each copy is checked with integrity_check, then the documents folder is copied, and the
/// manifest is written last.
/// </summary>
internal sealed class DataBackup(TextWriter output, TimeProvider clock)
{
    /// <summary>A writer that holds the lock past busy_timeout is rare; a few more tries outlast it.</summary>
    private const int Attempts = 5;
    private const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>Called before each database is copied, with its file name (a test uses it to know what came before).</summary>
    public Func<string, CancellationToken, Task>? BeforeEachDatabase { get; init; }

    public async Task<BackupManifest> CreateAsync(string dataFolder, string backupFolder, CancellationToken cancellationToken)
    {
        dataFolder = Path.GetFullPath(dataFolder);
        backupFolder = Path.GetFullPath(backupFolder);
        var databases = SqliteFile.DatabasesIn(dataFolder);
        if (databases.Count == 0)
        {
            throw new BackupRefusedException($"There are no databases (*.db) in {dataFolder}. Is Database:SqliteDirectory the host's?");
        }

        if (BackupManifest.IsInside(backupFolder, dataFolder))
        {
            throw new BackupRefusedException($"The backup folder {backupFolder} is inside the data folder; keep backups away from the data they protect.");
        }

        if (Directory.Exists(backupFolder) && Directory.EnumerateFileSystemEntries(backupFolder).Any())
        {
            throw new BackupRefusedException($"The backup folder {backupFolder} is not empty; give a new one.");
        }

        Directory.CreateDirectory(backupFolder);
        var takenAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        output.WriteLine($"Backing up {dataFolder} to {backupFolder}");
        var copies = new List<BackedUpDatabase>();
        foreach (var name in databases)
        {
            if (BeforeEachDatabase is { } before)
            {
                await before(name, cancellationToken);
            }

            await CopyAsync(Path.Combine(dataFolder, name), Path.Combine(backupFolder, name), cancellationToken);
            var copy = await VerifyAsync(backupFolder, name, cancellationToken);
            copies.Add(copy);
            output.WriteLine($"  {name,-18} {copy.Bytes,12:N0} bytes  {copy.Rows.Count,3} tables  {copy.Rows.Values.Sum(),9:N0} rows  integrity ok");
        }

        var documents = await CopyDocumentsAsync(dataFolder, backupFolder, cancellationToken);
        var seconds = Math.Round(clock.GetElapsedTime(started).TotalSeconds, 3);
        var manifest = new BackupManifest(
            BackupManifest.CurrentFormat, takenAt, ApplicationVersion(), dataFolder, seconds, copies, documents);
        await manifest.WriteAsync(backupFolder, cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backup done in {seconds:0.0##} s: {copies.Count} databases, {copies.Sum(c => c.Bytes):N0} bytes, {documents.Count} documents. {BackupManifest.FileName} written."));
        return manifest;
    }

    private async Task CopyAsync(string source, string destination, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Copy(source, destination);
                return;
            }
            catch (SqliteException exception) when (SqliteFile.IsBusy(exception) && attempt < Attempts)
            {
                output.WriteLine($"  {Path.GetFileName(source)} is busy; trying again ({attempt} of {Attempts - 1})");
                DeleteWithJournals(destination);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), clock, cancellationToken);
            }
        }
    }

    private static void Copy(string source, string destination)
    {
        using var from = SqliteFile.Open(source, SqliteOpenMode.ReadWrite);
        using var to = SqliteFile.Open(destination, SqliteOpenMode.ReadWriteCreate);
        Execute(from, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}");
        Execute(to, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}");
        // One step copies every page under one read transaction: writers carry on in the WAL and cannot restart it.
        from.BackupDatabase(to);
    }

    private static async Task<BackedUpDatabase> VerifyAsync(string backupFolder, string name, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> migrations;
        IReadOnlyDictionary<string, long> rows;
        using (var copy = SqliteFile.Open(Path.Combine(backupFolder, name), SqliteOpenMode.ReadWrite))
        {
            // The copy keeps the source's WAL flag; a rollback journal makes it one self-contained file to hash and carry.
            Execute(copy, "PRAGMA journal_mode=DELETE");
            var integrity = SqliteFile.IntegrityCheck(copy);
            if (integrity != "ok")
            {
                throw new BackupRefusedException($"The copy of {name} failed its integrity check ({integrity}); the backup is not usable.");
            }

            migrations = SqliteFile.Migrations(copy);
            rows = SqliteFile.RowCounts(copy);
        }

        var file = await BackupManifest.DescribeAsync(backupFolder, name, cancellationToken);
        return new BackedUpDatabase(file.Path, file.Bytes, file.Sha256, migrations, rows);
    }

    private static async Task<IReadOnlyList<BackedUpFile>> CopyDocumentsAsync(string dataFolder, string backupFolder, CancellationToken cancellationToken)
    {
        var source = Path.Combine(dataFolder, SqliteFile.DocumentsFolder);
        if (!Directory.Exists(source))
        {
            return [];
        }

        var copied = new List<BackedUpFile>();
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dataFolder, path);
            var destination = Path.Combine(backupFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
            // The hash is of the copy: it is what a restore will be checked against.
            copied.Add(await BackupManifest.DescribeAsync(backupFolder, relative, cancellationToken));
        }

        return copied;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void DeleteWithJournals(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private static string ApplicationVersion() =>
        typeof(DataBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DataBackup).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}

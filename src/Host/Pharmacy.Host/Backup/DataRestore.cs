using Microsoft.Data.Sqlite;

namespace Pharmacy.Host.Backup;

/// <summary>
/// Puts a backup back into a data folder, only when that is safe: the backup matches its manifest hash for hash, no
/// host has the folder's databases open, and the folder is empty unless the caller said to replace what is there.
/// The restored files are checked again (hashes and integrity_check) before it reports success.
/// </summary>
internal sealed class DataRestore(TextWriter output)
{
    private static readonly string[] Journals = ["-wal", "-shm", "-journal"];

    public async Task RestoreAsync(string backupFolder, string dataFolder, bool replace, CancellationToken cancellationToken)
    {
        backupFolder = Path.GetFullPath(backupFolder);
        dataFolder = Path.GetFullPath(dataFolder);
        var manifest = await BackupManifest.ReadAsync(backupFolder, cancellationToken)
            ?? throw new BackupRefusedException($"{backupFolder} has no readable {BackupManifest.FileName}: it is not a finished backup.");
        if (manifest.Format != BackupManifest.CurrentFormat || manifest.Databases.Count == 0)
        {
            throw new BackupRefusedException($"{BackupManifest.FileName} in {backupFolder} is not one this version can restore.");
        }

        var mismatches = await MismatchesAsync(backupFolder, manifest, cancellationToken);
        if (mismatches.Count > 0)
        {
            throw new BackupRefusedException(
                $"The backup in {backupFolder} does not match its manifest, so nothing was restored: {string.Join("; ", mismatches)}.");
        }

        var inUse = SqliteFile.DatabasesIn(dataFolder).Where(name => SqliteFile.IsInUse(Path.Combine(dataFolder, name))).ToList();
        if (DataFolderLock.IsHeld(dataFolder))
        {
            inUse.Insert(0, DataFolderLock.FileName);
        }

        if (inUse.Count > 0)
        {
            throw new BackupRefusedException(
                $"{dataFolder} is in use by a running host ({string.Join(", ", inUse)} open): stop the host, then restore.");
        }

        if (Directory.Exists(dataFolder) && Directory.EnumerateFileSystemEntries(dataFolder).Any() && !replace)
        {
            throw new BackupRefusedException(
                $"{dataFolder} is not empty, and restoring would replace its databases and documents. Give an empty folder, or add --force to replace them.");
        }

        output.WriteLine($"Restoring the backup of {manifest.TakenAt:u} (version {manifest.ApplicationVersion}) into {dataFolder}");
        Directory.CreateDirectory(dataFolder);
        RemoveDatabasesAndDocuments(dataFolder);
        foreach (var database in manifest.Databases)
        {
            // Copied under another name and then moved, so a database file is never half written under its own name.
            var destination = Path.Combine(dataFolder, database.Path);
            File.Copy(Path.Combine(backupFolder, database.Path), destination + ".restoring", overwrite: true);
            File.Move(destination + ".restoring", destination, overwrite: true);
        }

        foreach (var document in manifest.Documents)
        {
            var destination = Path.Combine(dataFolder, document.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(backupFolder, document.Path), destination);
        }

        await VerifyRestoredAsync(dataFolder, manifest, cancellationToken);
        output.WriteLine($"Restored {manifest.Databases.Count} databases and {manifest.Documents.Count} documents; hashes and integrity checked.");
    }

    private static async Task<List<string>> MismatchesAsync(string folder, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var mismatches = new List<string>();
        foreach (var expected in manifest.AllFiles)
        {
            var path = Path.GetFullPath(Path.Combine(folder, expected.Path));
            if (!BackupManifest.IsInside(path, folder) || path == folder)
            {
                mismatches.Add($"{expected.Path} points outside the backup");
            }
            else if (!File.Exists(path))
            {
                mismatches.Add($"{expected.Path} is missing");
            }
            else
            {
                var actual = await BackupManifest.DescribeAsync(folder, expected.Path, cancellationToken);
                if (actual.Bytes != expected.Bytes || !string.Equals(actual.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    mismatches.Add($"{expected.Path} is not the file that was backed up (its size or SHA-256 differs)");
                }
            }
        }

        return mismatches;
    }

    /// <summary>A WAL or journal left next to a database would be replayed into the restored file and damage it.</summary>
    private static void RemoveDatabasesAndDocuments(string dataFolder)
    {
        foreach (var database in SqliteFile.DatabasesIn(dataFolder))
        {
            var path = Path.Combine(dataFolder, database);
            File.Delete(path);
            foreach (var journal in Journals)
            {
                File.Delete(path + journal);
            }
        }

        foreach (var orphan in Journals.SelectMany(journal => Directory.GetFiles(dataFolder, "*.db" + journal)))
        {
            File.Delete(orphan);
        }

        var documents = Path.Combine(dataFolder, SqliteFile.DocumentsFolder);
        if (Directory.Exists(documents))
        {
            Directory.Delete(documents, recursive: true);
        }
    }

    private static async Task VerifyRestoredAsync(string dataFolder, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var mismatches = await MismatchesAsync(dataFolder, manifest, cancellationToken);
        foreach (var database in manifest.Databases)
        {
            using var connection = SqliteFile.Open(Path.Combine(dataFolder, database.Path), SqliteOpenMode.ReadOnly);
            var integrity = SqliteFile.IntegrityCheck(connection);
            if (integrity != "ok")
            {
                mismatches.Add($"{database.Path} failed its integrity check ({integrity})");
            }
        }

        if (mismatches.Count > 0)
        {
            throw new BackupRefusedException($"The restored files in {dataFolder} are not right; do not start the host on them: {string.Join("; ", mismatches)}.");
        }
    }
}

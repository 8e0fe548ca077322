using System.Security.Cryptography;
using System.Text.Json;

namespace Pharmacy.Host.Backup;

/// <summary>
/// manifest.json of a backup folder: what was copied, from where, when and by which version, and each file's size and
/// SHA-256. It is written last, so a folder without it is not a finished backup; restore checks every hash against it.
/// </summary>
internal sealed record BackupManifest(
    int Format,
    DateTimeOffset TakenAt,
    string ApplicationVersion,
    string DataFolder,
    double Seconds,
    IReadOnlyList<BackedUpDatabase> Databases,
    IReadOnlyList<BackedUpFile> Documents)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public IEnumerable<BackedUpFile> AllFiles => Databases.Select(db => new BackedUpFile(db.Path, db.Bytes, db.Sha256)).Concat(Documents);

    public async Task WriteAsync(string folder, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    /// <summary>The manifest of a backup folder, or null when there is none or it cannot be read.</summary>
    public static async Task<BackupManifest?> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the full path is the folder itself or somewhere below it.</summary>
    public static bool IsInside(string fullPath, string folder) =>
        (fullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar)
            .StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public static async Task<BackedUpFile> DescribeAsync(string folder, string relativePath, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path.Combine(folder, relativePath));
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new BackedUpFile(relativePath.Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(hash));
    }
}

/// <summary>A copied file, its path relative to the backup folder (forward slashes), its size and its SHA-256.</summary>
internal sealed record BackedUpFile(string Path, long Bytes, string Sha256);

/// <summary>A module's database in the backup, with the migrations it had and the rows of each table, for comparison.</summary>
internal sealed record BackedUpDatabase(
    string Path, long Bytes, string Sha256, IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Rows);

using Microsoft.Extensions.Options;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.ProviderCrm.Documents;

/// <summary>
/// The documents folder beside the databases (<c>Database:SqliteDirectory</c>/documents), never under the web root, so
/// that a file is only ever served through the download page that checks the person's role. The host's backup copies
/// this folder with the databases.
/// </summary>
public sealed class DocumentStore(IOptions<DatabaseOptions> options)
{
    public const string FolderName = "documents";

    public string Root => Path.GetFullPath(Path.Combine(options.Value.SqliteDirectory, FolderName));

    /// <summary>Writes the file (under a name the system chose, never the uploaded one) and flushes it to disk.</summary>
    public async Task SaveAsync(string storedAs, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(storedAs);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough);
        await file.WriteAsync(content, cancellationToken);
    }

    /// <summary>Removes a file whose record was not saved, so that nothing is left that no record names.</summary>
    public void Discard(string storedAs)
    {
        var path = PathOf(storedAs);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public Stream? Open(string storedAs)
    {
        var path = PathOf(storedAs);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }

    private string PathOf(string storedAs)
    {
        var path = Path.GetFullPath(Path.Combine(Root, storedAs));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException("A document is always inside the documents folder.");
    }
}

namespace Pharmacy.Benchmarks;

/// <summary>The run's temp folder: every SQLite folder, copy of --data and log file of the run lives under it.</summary>
public sealed class Workspace : IDisposable
{
    private readonly bool _keep;
    private int _next;

    public Workspace(bool keep)
    {
        _keep = keep;
        Root = Path.Combine(Path.GetTempPath(), $"pharmacy-bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A new empty folder, numbered in the order the run made them (easy to find with --keep-data).</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(Root, $"{Interlocked.Increment(ref _next):D2}-{name}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A copy of a prepared data folder, so that nothing the host does on start changes the original.</summary>
    public string CopyOf(string source, string name)
    {
        if (!Directory.Exists(source))
        {
            throw new BenchmarkFailedException($"--data {source}: no such folder");
        }

        if (!Directory.EnumerateFiles(source, "*.db").Any())
        {
            throw new BenchmarkFailedException($"--data {source}: no SQLite files (*.db) in it");
        }

        var target = NewFolder(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public static long SizeOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"could not delete {folder}: {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"could not delete {folder}: {exception.Message}");
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keep)
        {
            Console.WriteLine($"kept {Root}");
        }
        else
        {
            Delete(Root);
        }
    }
}

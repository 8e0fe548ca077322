using Microsoft.Extensions.Options;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.Backup;

/// <summary>
/// A running host holds <c>host.lock</c> in its SQLite data folder, opened exclusively, from start to stop, so that a
/// restore can tell the folder is in use even when the host has no database connection open at that moment.
/// </summary>
internal sealed partial class DataFolderLock(IOptions<DatabaseOptions> options, ILogger<DataFolderLock> logger) : IHostedService, IDisposable
{
    public const string FileName = "host.lock";

    private FileStream? _held;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite)
        {
            return Task.CompletedTask;
        }

        var folder = Path.GetFullPath(options.Value.SqliteDirectory);
        Directory.CreateDirectory(folder);
        try
        {
            _held = new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            LogAlreadyHeld(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }

    /// <summary>True while a running host holds the folder's lock.</summary>
    public static bool IsHeld(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another host already holds the data folder's lock; two hosts on one SQLite folder is not supported.")]
    private static partial void LogAlreadyHeld(ILogger logger);
}

using System.Globalization;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.Backup;

/// <summary>
/// `backup` and `restore`, run by the host's own program before any web host is built. They read the host's
/// configuration (appsettings, environment variables, the rest of the command line), so they find the data folder
/// the host uses. Exit code 0 when done, 1 when refused or failed, 2 when the command line is wrong.
/// </summary>
internal static class BackupCommands
{
    private const string Usage = """
        backup  [--to <folder>]                      copy every module's database and the documents folder, while the host runs,
                                                     into <folder> (new or empty; default backups/pharmacy-<UTC time>)
        restore --from <backup folder> [--to <data folder>] [--force]
                                                     put a backup back (default data folder: Database:SqliteDirectory);
                                                     --force replaces the databases and documents of a non-empty folder.
                                                     The host must be stopped; restore refuses a folder whose databases are open.
        Configuration keys can follow, as for the host: --Database:SqliteDirectory=/srv/pharmacy/data
        """;

    private const string SqlServerAdvice = """
        Database:Provider is SqlServer: this command backs up SQLite files only. Back up the one SQL Server database that
        holds every module's schema with SQL Server itself: the full recovery model, BACKUP DATABASE on a schedule and
        BACKUP LOG in between, and RESTORE DATABASE ... WITH STOPAT for a point in time. Copy the documents folder
        alongside each database backup. See "Backup and restore" in README.md.
        """;

    public static bool IsRequested(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var command))
        {
            output.WriteLine(Usage);
            return 2;
        }

        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.ConfigurationArgs }).Configuration;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            output.WriteLine(SqlServerAdvice);
            return 1;
        }

        try
        {
            if (command.Name == "backup")
            {
                var folder = command.To ?? Path.Combine("backups", "pharmacy-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "Z");
                await new DataBackup(output, TimeProvider.System).CreateAsync(database.SqliteDirectory, folder, cancellationToken);
            }
            else
            {
                await new DataRestore(output).RestoreAsync(command.From!, command.To ?? database.SqliteDirectory, command.Force, cancellationToken);
            }

            return 0;
        }
        catch (BackupRefusedException refused)
        {
            output.WriteLine(refused.Message);
            return 1;
        }
    }

    private static bool TryParse(string[] args, out Command command)
    {
        command = new Command(args.FirstOrDefault() ?? "", null, null, false, []);
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Length:
                    command = command with { To = args[++i] };
                    break;
                case "--from" when i + 1 < args.Length:
                    command = command with { From = args[++i] };
                    break;
                case "--force" when command.Name == "restore":
                    command = command with { Force = true };
                    break;
                case "--to" or "--from" or "--force" or "--help" or "-h":
                    return false;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        command = command with { ConfigurationArgs = [.. rest] };
        return command.Name == "backup" ? command.From is null : command.From is not null;
    }

    private sealed record Command(string Name, string? To, string? From, bool Force, string[] ConfigurationArgs);
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Backup;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// Backup while the pharmacy keeps working, and restore only when it is safe. The first test runs its own hosts: one
/// receiving prescriptions during the backup, and one started on the restored folder.
/// </summary>
public sealed class BackupAndRestoreTests(PharmacyApp app) : IClassFixture<PharmacyApp>, IDisposable
{
    private const int PrescriptionsBeforeTheBackup = 10;
    private const int PrescriptionsDuringTheBackup = 3;

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "pharmacy-backup-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_backup_taken_while_prescriptions_arrive_restores_every_prescription_acknowledged_before_it()
    {
        using var live = new PharmacyApp();
        var client = live.ApiClient();
        var npi = await ActivePrescriberAsync(client);
        var acknowledged = new ConcurrentQueue<string>();
        var unexpected = new ConcurrentQueue<HttpStatusCode>();
        for (var i = 0; i < PrescriptionsBeforeTheBackup; i++)
        {
            await SendPrescriptionAsync(client, npi, acknowledged, unexpected);
        }

        using var stopSending = new CancellationTokenSource();
        var sender = Task.Run(async () =>
        {
            while (!stopSending.IsCancellationRequested)
            {
                await SendPrescriptionAsync(client, npi, acknowledged, unexpected);
            }
        });
        string[] acknowledgedBeforePrescriptionsDb = [];
        var backup = new DataBackup(TextWriter.Null, TimeProvider.System)
        {
            BeforeEachDatabase = async (database, _) =>
            {
                if (database == "prescriptions.db")
                {
                    acknowledgedBeforePrescriptionsDb = [.. acknowledged];
                }
                else if (acknowledgedBeforePrescriptionsDb.Length > 0)
                {
                    // Prescriptions keep arriving while the rest of the backup runs.
                    var atLeast = acknowledgedBeforePrescriptionsDb.Length + PrescriptionsDuringTheBackup;
                    await Api.Eventually(() => Task.FromResult(acknowledged.Count >= atLeast), "prescriptions arrive during the backup");
                }
            },
        };

        var backupFolder = Path.Combine(_scratch, "backup");
        var manifest = await backup.CreateAsync(live.DataFolder, backupFolder, CancellationToken.None);
        await stopSending.CancelAsync();
        await sender;
        var restoredFolder = Path.Combine(_scratch, "restored");
        var restoreExit = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", restoredFolder], TextWriter.Null);

        Assert.Empty(unexpected);
        Assert.Equal(0, restoreExit);
        Assert.True(acknowledgedBeforePrescriptionsDb.Length >= PrescriptionsBeforeTheBackup);
        Assert.Equal(SqliteFile.DatabasesIn(live.DataFolder), manifest.Databases.Select(db => db.Path));
        AssertSameTablesAndIntact(live.DataFolder, restoredFolder);
        using var restored = new PharmacyApp { DataFolder = restoredFolder };
        var restoredClient = restored.ApiClient();
        foreach (var prescription in acknowledgedBeforePrescriptionsDb)
        {
            Assert.Equal(HttpStatusCode.OK, (await restoredClient.GetAsync(prescription)).StatusCode);
        }
    }

    [Fact]
    public async Task A_backup_whose_files_changed_after_it_was_taken_is_not_restored()
    {
        var backupFolder = await BackUpTheFixtureAsync();
        var copy = Path.Combine(backupFolder, "prescriptions.db");
        var bytes = await File.ReadAllBytesAsync(copy);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(copy, bytes);
        var target = Path.Combine(_scratch, "target");
        var output = new StringWriter();

        var exit = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", target], output);

        Assert.Equal(1, exit);
        Assert.Contains("does not match its manifest", output.ToString());
        Assert.Contains("prescriptions.db", output.ToString());
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task Restoring_into_a_folder_that_is_not_empty_needs_force_and_then_brings_back_the_documents()
    {
        var document = Path.Combine(app.DataFolder, "documents", "providers", "licence-okafor.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(document)!);
        await File.WriteAllTextAsync(document, "%PDF-1.7 state medical licence");
        var backupFolder = await BackUpTheFixtureAsync();
        var target = Path.Combine(_scratch, "target");
        Directory.CreateDirectory(target);
        var notes = Path.Combine(target, "notes.txt");
        await File.WriteAllTextAsync(notes, "what was there before");
        var output = new StringWriter();

        var refused = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", target], output);
        var nothingRestored = SqliteFile.DatabasesIn(target).Count == 0;
        var forced = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", target, "--force"], TextWriter.Null);

        Assert.Equal(1, refused);
        Assert.Contains("--force", output.ToString());
        Assert.True(nothingRestored);
        Assert.Equal(0, forced);
        AssertSameTablesAndIntact(app.DataFolder, target);
        Assert.Equal("%PDF-1.7 state medical licence", await File.ReadAllTextAsync(Path.Combine(target, "documents", "providers", "licence-okafor.pdf")));
        Assert.True(File.Exists(notes));
    }

    [Fact]
    public async Task Restore_refuses_the_data_folder_of_a_running_host_even_with_force()
    {
        var backupFolder = await BackUpTheFixtureAsync();
        var client = app.ApiClient();
        var npi = await ActivePrescriberAsync(client);
        var output = new StringWriter();

        var exit = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", app.DataFolder, "--force"], output);
        var afterwards = await client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));

        Assert.Equal(1, exit);
        Assert.Contains("stop the host", output.ToString());
        Assert.Equal(HttpStatusCode.Created, afterwards.StatusCode);
    }

    [Fact]
    public async Task Restore_refuses_a_folder_whose_host_holds_its_lock_with_no_database_open()
    {
        var backupFolder = await BackUpTheFixtureAsync();
        var target = Path.Combine(_scratch, "locked");
        var hostLock = new DataFolderLock(
            Options.Create(new DatabaseOptions { SqliteDirectory = target }), NullLogger<DataFolderLock>.Instance);
        await hostLock.StartAsync(CancellationToken.None);
        var output = new StringWriter();

        var whileHeld = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", target, "--force"], output);
        await hostLock.StopAsync(CancellationToken.None);
        var afterTheHostStopped = await BackupCommands.RunAsync(["restore", "--from", backupFolder, "--to", target, "--force"], TextWriter.Null);

        Assert.Equal(1, whileHeld);
        Assert.Contains("stop the host", output.ToString());
        Assert.Equal(0, afterTheHostStopped);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary>Through the command line, as an operator runs it, with the data folder given as a configuration key.</summary>
    private async Task<string> BackUpTheFixtureAsync()
    {
        var client = app.ApiClient();
        var npi = await ActivePrescriberAsync(client);
        (await client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi))).EnsureSuccessStatusCode();
        var folder = Path.Combine(_scratch, "backup");
        var exit = await BackupCommands.RunAsync(["backup", "--to", folder, $"--Database:SqliteDirectory={app.DataFolder}"], TextWriter.Null);
        Assert.Equal(0, exit);
        return folder;
    }

    private static async Task<string> ActivePrescriberAsync(HttpClient client)
    {
        var npi = Api.NewNpi();
        await client.ActivateProviderAsync(await client.RegisterProviderAsync(npi));
        // The prescription module hears of the activation through the CRM's outbox; until then it answers 422.
        await Api.Eventually(
            async () => (await client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi))).StatusCode == HttpStatusCode.Created,
            $"prescriber {npi} is accepted");
        return npi;
    }

    private static async Task SendPrescriptionAsync(
        HttpClient client, string npi, ConcurrentQueue<string> acknowledged, ConcurrentQueue<HttpStatusCode> unexpected)
    {
        var response = await client.PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));
        if (response.StatusCode == HttpStatusCode.Created)
        {
            acknowledged.Enqueue(response.Headers.Location!.ToString());
        }
        else
        {
            unexpected.Enqueue(response.StatusCode);
        }
    }

    /// <summary>Every database of the source is there, with the same tables, and passes integrity_check.</summary>
    private static void AssertSameTablesAndIntact(string sourceFolder, string restoredFolder)
    {
        Assert.Equal(SqliteFile.DatabasesIn(sourceFolder), SqliteFile.DatabasesIn(restoredFolder));
        foreach (var database in SqliteFile.DatabasesIn(sourceFolder))
        {
            using var source = SqliteFile.Open(Path.Combine(sourceFolder, database), SqliteOpenMode.ReadOnly);
            using var restored = SqliteFile.Open(Path.Combine(restoredFolder, database), SqliteOpenMode.ReadOnly);
            Assert.NotEmpty(SqliteFile.Tables(restored));
            Assert.Equal(SqliteFile.Tables(source), SqliteFile.Tables(restored));
            Assert.Equal("ok", SqliteFile.IntegrityCheck(restored));
        }
    }
}

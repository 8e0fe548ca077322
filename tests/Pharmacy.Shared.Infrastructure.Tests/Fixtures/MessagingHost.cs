using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Tests.Fixtures;

/// <summary>
/// A host with the two fixture modules on real SQLite files. Several hosts may be built over the same folder in turn,
/// which is how a test stops the process and starts it again.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private MessagingHost(IHost host) => Host = host;

    public IHost Host { get; }

    public static async Task<MessagingHost> CreateAsync(string folder, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:SqliteDirectory"] = folder,
            ["Database:MigrateOnStartup"] = "false",
            // The fallback poll is long on purpose: delivery in these tests must come from the signal after commit.
            ["Messaging:PollInterval"] = "00:10:00",
            ["Messaging:FirstRetryDelay"] = "00:00:00.050",
            ["Messaging:MaxAttempts"] = "3",
            ["Messaging:HandlerTimeout"] = "00:00:30",
        };
        configure?.Invoke(settings);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("PHARMACY_TEST_LOGS") == "1") { builder.Logging.AddConsole(); }
        builder.Services.AddPharmacyInfrastructure(builder.Configuration);
        builder.Services.AddModuleDatabase<AlphaDbContext>(AlphaDbContext.SchemaName);
        builder.Services.AddModuleDatabase<BetaDbContext>(BetaDbContext.SchemaName);
        var assemblies = new[] { typeof(NoteWrittenHandler).Assembly };
        builder.Services.AddIntegrationHandlers(assemblies);
        var contexts = builder.Services.ModuleDbContextTypes();
        builder.UseWolverine(options =>
        {
            options.ApplicationAssembly = typeof(NoteWrittenHandler).Assembly;
            options.UseModuleMessaging(assemblies, contexts);
        });

        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlphaDbContext>().Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<BetaDbContext>().Database.EnsureCreatedAsync();
        return new MessagingHost(host);
    }

    public Task StartAsync() => Host.StartAsync();

    /// <summary>Alpha writes a note and its event in one transaction, as a command's unit of work would.</summary>
    public async Task<Guid> WriteNoteAsync(string text, bool commit = true)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var id = Guid.CreateVersion7();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Notes.Add(new Note { Id = id, Text = text });
        db.AddIntegrationEvent(new NoteWritten(id, text, clock.GetUtcNow()));
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return id;
    }

    /// <summary>Alpha writes several notes in one commit: their events reach the relay as one batch.</summary>
    public async Task<IReadOnlyList<Guid>> WriteNotesAsync(params string[] texts)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var ids = new List<Guid>();
        foreach (var text in texts)
        {
            var id = Guid.CreateVersion7();
            db.Notes.Add(new Note { Id = id, Text = text });
            db.AddIntegrationEvent(new NoteWritten(id, text, clock.GetUtcNow()));
            ids.Add(id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Alpha writes several notes and retracts each in the same transaction: every pair of events in one commit.</summary>
    public async Task<IReadOnlyList<Guid>> WriteAndRetractNotesAsync(int count)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlphaDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            db.Notes.Add(new Note { Id = id, Text = $"Withdrawn note {i}" });
            db.AddIntegrationEvent(new NoteWritten(id, $"Withdrawn note {i}", clock.GetUtcNow()));
            db.AddIntegrationEvent(new NoteRetracted(id, clock.GetUtcNow()));
            ids.Add(id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<T> InBetaAsync<T>(Func<BetaDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BetaDbContext>());
    }

    public async Task<T> InAlphaAsync<T>(Func<AlphaDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AlphaDbContext>());
    }

    public async Task<T> WithAlphaOutboxAsync<T>(Func<IOutboxAdmin, Task<T>> action)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetServices<IOutboxAdmin>().Single(admin => admin.Module == AlphaDbContext.SchemaName));
    }

    public Task BlockAsync(string text) => InBetaAsync(async db =>
    {
        db.Blocked.Add(new BlockedText { Text = text });
        return await db.SaveChangesAsync();
    });

    public Task UnblockAsync(string text) => InBetaAsync(db => db.Blocked.Where(b => b.Text == text).ExecuteDeleteAsync());

    /// <summary>Polls until the condition holds; fails the test if it does not within the limit.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"Still not true after {seconds} s: {what}");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pharmacy-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; the test result does not depend on it.
        }
    }
}

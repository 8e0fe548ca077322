using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// `generate`, run by the host's own program before any web host is built: migrates every module's database in an
/// empty data folder and fills it with a generated year of a busy pharmacy (<see cref="YearSimulation"/>), each module's
/// records written in bulk through its own model. The history is already applied everywhere, so the outboxes stay
/// empty and a host started on the folder has nothing to relay. Exit code 0 when done, 1 when refused, 2 when the
/// command line is wrong.
/// </summary>
internal static class GenerateCommand
{
    public static bool IsRequested(string[] args) => args is ["generate", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (!GenerationOptions.TryParse(args, out var options, out var configurationArgs))
        {
            output.WriteLine(GenerationOptions.Usage);
            return 2;
        }

        // The host's configuration, read once: no watcher on the content root, which would see every page the generator writes.
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. configurationArgs, "--hostBuilder:reloadConfigOnChange=false"] }).Configuration;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            output.WriteLine("Database:Provider is SqlServer: the generator fills a fresh SQLite data folder only.");
            return 1;
        }

        var folder = Path.GetFullPath(database.SqliteDirectory);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            output.WriteLine($"{folder} is not empty: the generator fills a new or empty data folder only, and never adds to existing data.");
            return 1;
        }

        database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = folder, MigrateOnStartup = database.MigrateOnStartup };
        await GenerateAsync(options, database, configuration, DateTimeOffset.UtcNow, output, cancellationToken);
        return 0;
    }

    public static async Task GenerateAsync(
        GenerationOptions options, DatabaseOptions database, IConfiguration configuration, DateTimeOffset now, TextWriter output,
        CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating {options.Days} days up to {now:u}: {options.Prescriptions:N0} prescriptions, {options.Prescribers:N0} prescribers, {options.Patients:N0} patients (seed {options.Seed}) into {database.SqliteDirectory}"));
        var migrate = Stopwatch.StartNew();
        var contexts = new ModuleDbContext[]
        {
            Context<ProviderCrmDbContext>(database, configuration, ProviderCrmDbContext.SchemaName, o => new(o)),
            Context<PrescriptionsDbContext>(database, configuration, PrescriptionsDbContext.SchemaName, o => new(o)),
            Context<CompoundingDbContext>(database, configuration, CompoundingDbContext.SchemaName, o => new(o)),
            Context<InventoryDbContext>(database, configuration, InventoryDbContext.SchemaName, o => new(o)),
            Context<QualityDbContext>(database, configuration, QualityDbContext.SchemaName, o => new(o)),
            Context<BillingDbContext>(database, configuration, BillingDbContext.SchemaName, o => new(o)),
            Context<ReportingDbContext>(database, configuration, ReportingDbContext.SchemaName, o => new(o)),
        };
        foreach (var context in contexts)
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        migrate.Stop();
        var models = new ModuleModels(contexts[0].Model, contexts[1].Model, contexts[2].Model, contexts[3].Model, contexts[4].Model, contexts[5].Model);
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(2);
        var latency = System.Runtime.GCSettings.LatencyMode;
        // The simulation keeps the whole year in memory and only adds to it: throughput matters, not pauses.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        var simulate = Stopwatch.StartNew();
        var year = new PharmacyYear(models);
        new YearSimulation(year, options, now).Run();
        simulate.Stop();
        System.Runtime.GCSettings.LatencyMode = latency;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Migrated in {migrate.Elapsed.TotalSeconds:0.0} s; simulated the year in {simulate.Elapsed.TotalSeconds:0.0} s (of which {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.0} s paused for {GC.CollectionCount(2) - collections} full and {GC.CollectionCount(0)} garbage collections in all)"));

        var writers = contexts.Select(context => new ModuleWriter(context.Schema, ModuleDatabase.SqliteFilePath(database, context.Schema), context.Model)).ToList();
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        var write = Stopwatch.StartNew();
        var work = new Dictionary<string, Action<ModuleWriter>>
        {
            ["crm"] = w => Crm(w, year),
            ["prescriptions"] = w => Prescriptions(w, year),
            ["compounding"] = w => Compounding(w, year),
            ["inventory"] = w => Inventory(w, year),
            ["quality"] = w => Quality(w, year),
            ["billing"] = w => Billing(w, year),
            ["reporting"] = w => Reporting(w, year),
        };
        // Two at a time, the largest first: the module files are independent, so each core writes one.
        var queue = new Queue<ModuleWriter>(writers.OrderBy(w => Array.IndexOf(["inventory", "prescriptions", "compounding", "quality", "billing", "reporting", "crm"], w.Name)));
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (true)
            {
                ModuleWriter? writer;
                lock (queue)
                {
                    if (!queue.TryDequeue(out writer))
                    {
                        return;
                    }
                }

                writer.Begin();
                work[writer.Name](writer);
                writer.Commit();
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        write.Stop();

        output.WriteLine();
        output.WriteLine("module          write s   size MB   rows");
        foreach (var writer in writers)
        {
            var size = new FileInfo(ModuleDatabase.SqliteFilePath(database, writer.Name)).Length / 1024.0 / 1024.0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{writer.Name,-15} {writer.Elapsed.TotalSeconds,7:0.0} {size,9:0.0}   {string.Join(", ", writer.Rows.Select(row => $"{row.Key} {row.Value:N0}"))}"));
            writer.Dispose();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote the modules in {write.Elapsed.TotalSeconds:0.0} s; {total.Elapsed.TotalSeconds:0.0} s in all. Start the host with --Database:SqliteDirectory={database.SqliteDirectory}"));
    }

    private static void Crm(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(
            year.Providers, nameof(Provider.Licences), nameof(Provider.DeaRegistrations), nameof(Provider.Memberships), nameof(Provider.Onboarding));
        writer.WriteAudit(year.CrmAudit);
    }

    private static void Prescriptions(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(year.Prescribers);
        writer.WriteRows(year.PrescriberLicences);
        writer.WriteRows(year.PrescriberDeaRegistrations);
        writer.Write(year.OrderableFormulas);
        writer.Write(year.Prescriptions, nameof(Prescription.Fills));
        writer.WriteAudit(year.PrescriptionsAudit);
        // The host's next Rx number (the module's sequence "rx_numbers") follows the year's last one.
        writer.ContinueSequence("rx_numbers", year.Prescriptions.Max(p => p.RxNumber) + 1);
    }

    private static void Compounding(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(year.Formulas, nameof(Formula.Ingredients), nameof(Formula.QualityChecks));
        writer.Write(year.Batches, nameof(Batch.Fills), nameof(Batch.Ingredients), nameof(Batch.Lots));
        writer.WriteAudit(year.CompoundingAudit);
    }

    private static void Inventory(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(year.Items);
        writer.Write(year.Lots);
        writer.WriteRows(year.Lots.SelectMany(lot => lot.Movements));
        writer.WriteAudit(year.InventoryAudit);
    }

    private static void Quality(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(year.ReleaseTasks, nameof(ReleaseTask.Checks), nameof(ReleaseTask.Results), nameof(ReleaseTask.Investigations));
        writer.WriteAudit(year.QualityAudit);
    }

    private static void Billing(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(year.BillableFormulas);
        writer.Write(year.Prices);
        writer.Write(year.Charges);
        writer.WriteRows(year.Charges.SelectMany(charge => charge.Payments));
        writer.WriteAudit(year.BillingAudit);
    }

    private static void Reporting(ModuleWriter writer, PharmacyYear year)
    {
        writer.Write(year.ReceivedPrescriptions.Values);
        writer.Write(year.Turnaround.Values);
    }

    private static TContext Context<TContext>(
        DatabaseOptions database, IConfiguration configuration, string schema, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : ModuleDbContext =>
        create((DbContextOptions<TContext>)ModuleDatabase.Configure(new DbContextOptionsBuilder<TContext>(), database, configuration, schema).Options);
}

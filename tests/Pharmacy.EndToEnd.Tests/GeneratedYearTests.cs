using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.DataGeneration;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The generator at a small scale (two months, 1,500 prescriptions): the counts asked for, every module's records
/// consistent with each other and with their rules, stock on hand equal to the ledger, nothing left in any outbox,
/// creation audit entries in the shape the live audit writer makes, and a host started on the folder that is ready and
/// shows the year in its queues.
/// </summary>
public sealed class GeneratedYearTests : IClassFixture<GeneratedYearTests.GeneratedFolder>
{
    private static readonly GenerationOptions Small = new(Seed: 7, Prescriptions: 1_500, Prescribers: 40, Patients: 400, Days: 60);

    private readonly GeneratedFolder _generated;

    public GeneratedYearTests(GeneratedFolder generated) => _generated = generated;

    [Fact]
    public void The_year_has_the_prescriptions_prescribers_and_patients_asked_for()
    {
        Assert.Equal(Small.Prescriptions, Count("prescriptions", "SELECT COUNT(*) FROM prescriptions"));
        Assert.Equal(Small.Prescribers, Count("prescriptions", "SELECT COUNT(*) FROM prescribers WHERE is_active = 1"));
        Assert.Equal(Small.Prescribers, Count("crm", "SELECT COUNT(*) FROM providers WHERE status = 'Active'"));
        Assert.All(Strings("crm", "SELECT npi FROM providers"), npi => Assert.True(Npi.IsValid(npi), $"{npi} is not a valid NPI"));
        var patients = Count("prescriptions", "SELECT COUNT(*) FROM (SELECT DISTINCT patient_last_name, patient_first_name, patient_date_of_birth FROM prescriptions)");
        Assert.InRange(patients, Small.Patients / 2, Small.Patients);
        Assert.True(Count("compounding", "SELECT COUNT(*) FROM batches") > Small.Prescriptions / 4);
        Assert.True(Count("inventory", "SELECT COUNT(*) FROM stock_movements") > Small.Prescriptions * 3);
    }

    [Fact]
    public void Most_prescriptions_reached_the_patient_and_the_latest_wait_in_the_open_queues()
    {
        var statuses = Strings("prescriptions", "SELECT status FROM prescriptions").GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var handedOut = statuses.GetValueOrDefault("Dispensed") + statuses.GetValueOrDefault("Shipped");
        Assert.True(handedOut > Small.Prescriptions * 0.8, $"only {handedOut} dispensed or shipped");
        Assert.True(statuses.GetValueOrDefault("Cancelled") > 0);
        Assert.True(statuses.GetValueOrDefault("InProduction") + statuses.GetValueOrDefault("ReadyToDispense") + statuses.GetValueOrDefault("Received") > 0);
        Assert.Equal(handedOut, Count("billing", "SELECT COUNT(*) FROM charges"));
        Assert.Equal(Count("compounding", "SELECT COUNT(*) FROM batches WHERE status IN ('Released', 'Rejected')"),
            Count("quality", "SELECT COUNT(*) FROM release_tasks WHERE status <> 'Open'"));
    }

    [Fact]
    public void Every_read_model_row_is_there_and_no_outbox_holds_a_message()
    {
        Assert.Equal(Small.Prescriptions, Count("reporting", "SELECT COUNT(*) FROM prescriptions_received"));
        Assert.Equal(Count("prescriptions", "SELECT COUNT(*) FROM fills"), Count("reporting", "SELECT COUNT(*) FROM rx_turnaround"));
        Assert.Equal(Count("billing", "SELECT COUNT(*) FROM charges"), Count("reporting", "SELECT COUNT(*) FROM rx_turnaround WHERE charged_at IS NOT NULL"));
        foreach (var database in Directory.GetFiles(_generated.Folder, "*.db"))
        {
            Assert.Equal(0, Count(Path.GetFileNameWithoutExtension(database), "SELECT COUNT(*) FROM outbox_messages WHERE processed_at IS NULL"));
        }
    }

    [Fact]
    public void Every_lots_stock_is_its_ledger_and_never_negative()
    {
        using var connection = Open("inventory");
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.status, l.movement_count, COUNT(m.sequence),
                   SUM(CASE WHEN m.type NOT IN ('Reservation', 'ReservationRelease') THEN CAST(m.quantity AS REAL) ELSE 0 END)
            FROM lots AS l JOIN stock_movements AS m ON m.lot_id = l.id GROUP BY l.id
            """;
        using var reader = command.ExecuteReader();
        var lots = 0;
        while (reader.Read())
        {
            lots++;
            var onHand = reader.GetDouble(3);
            Assert.Equal(reader.GetInt32(1), reader.GetInt32(2));
            Assert.True(onHand > -1e-9, $"a lot has {onHand} on hand");
            Assert.Equal(Math.Abs(onHand) < 1e-9, reader.GetString(0) == nameof(LotStatus.Depleted));
        }

        Assert.True(lots > 0);
    }

    [Fact]
    public async Task The_inventory_pages_stock_is_the_sum_of_the_ledger()
    {
        using var host = new GeneratedHost(_generated.Folder);
        var shown = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<InventoryDbContext>();
            var items = await db.Items.AsNoTracking().ToListAsync();
            var lots = await db.Lots.AsNoTracking().ToListAsync();
            return items.Select(item => (item.Code, OnHand: lots.Where(lot => lot.ItemId == item.Id).Sum(lot => lot.OnHand.Amount))).ToList();
        });
        var response = await host.ApiClient().GetFromJsonAsync<JsonElement>("/api/inventory/items?pageSize=100");

        foreach (var item in response.GetProperty("items").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString();
            Assert.Equal(shown.Single(s => s.Code == code).OnHand, item.GetProperty("onHand").GetDecimal());
        }
    }

    [Fact]
    public async Task A_host_started_on_the_folder_is_ready_and_its_queues_show_the_year()
    {
        using var host = new GeneratedHost(_generated.Folder);
        var client = host.ApiClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var queue = await client.GetFromJsonAsync<JsonElement>("/api/prescriptions");
        Assert.Equal(Small.Prescriptions, queue.GetProperty("totalCount").GetInt32());
        var lastName = Strings("prescriptions", "SELECT patient_last_name FROM prescriptions ORDER BY rx_number DESC LIMIT 1").Single();
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/prescriptions?search={Uri.EscapeDataString(lastName)}");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), rx => rx.GetProperty("patientName").GetString()!.StartsWith(lastName, StringComparison.Ordinal));
        var batches = await client.GetFromJsonAsync<JsonElement>("/api/compounding/batches");
        Assert.Equal(Count("compounding", "SELECT COUNT(*) FROM batches"), batches.GetProperty("totalCount").GetInt32());
        var releases = await client.GetFromJsonAsync<JsonElement>("/api/quality/release-tasks");
        Assert.True(releases.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(0, Count("prescriptions", "SELECT COUNT(*) FROM outbox_messages"));
    }

    [Fact]
    public async Task A_prescription_sent_to_the_generated_year_takes_the_number_after_its_last()
    {
        using var host = new GeneratedHost(_generated.Folder);
        var npi = Strings("prescriptions", "SELECT npi FROM prescribers WHERE is_active = 1 ORDER BY npi LIMIT 1").Single();
        var last = Count("prescriptions", "SELECT MAX(rx_number) FROM prescriptions");

        var response = await host.ApiClient().PostAsJsonAsync("/api/prescriptions", Api.Prescription(npi));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(last + 1, received.GetProperty("rxNumber").GetInt64());
    }

    [Fact]
    public void Every_prescription_fill_lot_and_ledger_line_has_its_creation_audited()
    {
        Assert.Equal(0, Count("prescriptions", """
            SELECT COUNT(*) FROM prescriptions AS p
            WHERE NOT EXISTS (SELECT 1 FROM audit_entries AS a WHERE a.record_type = 'Prescription' AND a.record_id = lower(p.id) AND a.action = 'ReceivePrescription')
            """));
        Assert.Equal(Count("prescriptions", "SELECT COUNT(*) FROM fills"),
            Count("prescriptions", "SELECT COUNT(*) FROM audit_entries WHERE record_type = 'Fill' AND signed_by IS NOT NULL"));
        Assert.Equal(Count("inventory", "SELECT COUNT(*) FROM stock_movements"),
            Count("inventory", "SELECT COUNT(*) FROM audit_entries WHERE record_type = 'StockMovement'"));
        Assert.Equal(Count("inventory", "SELECT COUNT(*) FROM lots"), Count("inventory", "SELECT COUNT(*) FROM audit_entries WHERE record_type = 'Lot'"));
    }

    [Fact]
    public async Task A_creation_entry_of_the_generator_is_the_one_the_audit_writer_makes_for_the_same_record()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pharmacy-audit-shape", Guid.NewGuid().ToString("N"));
        var options = (DbContextOptions<PrescriptionsDbContext>)ModuleDatabase.Configure(
            new DbContextOptionsBuilder<PrescriptionsDbContext>(), new DatabaseOptions { SqliteDirectory = folder }, new ConfigurationBuilder().Build(),
            PrescriptionsDbContext.SchemaName).Options;
        await using var db = new PrescriptionsDbContext(options);
        await db.Database.MigrateAsync();
        var at = new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);
        var prescriber = Prescriber.Activated(Guid.CreateVersion7(), "1234567893", "Elena", "Marsh", "MD", at, at);
        var formula = OrderableFormula.Approved("LDN-4.5-CAP", 1, "Naltrexone 4.5 mg capsule", "Capsule", "capsule", true, "Room", null, at, at);
        var texas = new PrescribingAuthority([PrescriberLicence.Held(prescriber.ProviderId, "TX", "TX-100200", new DateOnly(2028, 1, 31), at)], []);
        var prescription = Prescription.Receive(
            7_000_001, new PatientDetails("Maria", "Alvarez", new DateOnly(1971, 4, 12), Sex.Female, "TX"), prescriber, texas, prescriber.Npi,
            formula.Code, formula, 30, "Take 1 capsule at bedtime.", 30, 2, new DateOnly(2026, 11, 28), IntakeChannel.Api, "ext-1", at, PrescribingLimits.Federal, "api-client-01");
        var fill = prescription.Verify(prescriber, texas, null, "Dana Whitfield, PharmD", at);
        db.AuditContext = new AuditContext("api-client-01", "Clinic EHR 01", "ReceivePrescription", null);
        db.Prescriptions.Add(prescription);
        await db.SaveChangesAsync();
        var written = await db.AuditEntries.AsNoTracking().ToListAsync();

        var generated = new AuditSnapshots(db.Model);
        generated.Created(prescription, at, new Actor("api-client-01", "Clinic EHR 01"), "ReceivePrescription");
        generated.Created(fill, at, new Actor("api-client-01", "Clinic EHR 01"), "ReceivePrescription", prescription);

        Assert.Equal(
            written.Select(e => (e.RecordType, e.RecordId, e.Action, e.UserId, Json(e.After))).OrderBy(e => e.RecordType),
            generated.Entries.Select(e => (e.RecordType, e.RecordId, e.Action, e.UserId, Json(e.After))).OrderBy(e => e.RecordType));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task The_command_refuses_a_folder_that_is_not_empty()
    {
        var exit = await GenerateCommand.RunAsync(["generate", "--prescriptions", "10", $"--Database:SqliteDirectory={_generated.Folder}"], TextWriter.Null);

        Assert.Equal(1, exit);
        Assert.Equal(Small.Prescriptions, Count("prescriptions", "SELECT COUNT(*) FROM prescriptions"));
    }

    /// <summary>The same values, whatever order the JSON lists them in.</summary>
    private static string Json(string? json) =>
        json is null ? "" : string.Join(";", JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetRawText()}").Order());

    private long Count(string schema, string sql)
    {
        using var connection = Open(schema);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string schema, string sql)
    {
        using var connection = Open(schema);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private SqliteConnection Open(string schema)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_generated.Folder, $"{schema}.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>One generated folder for the whole class: generating is the slow part.</summary>
    public sealed class GeneratedFolder : IDisposable
    {
        public GeneratedFolder()
        {
            Folder = Path.Combine(Path.GetTempPath(), "pharmacy-generated", Guid.NewGuid().ToString("N"));
            GenerateCommand.GenerateAsync(
                Small, new DatabaseOptions { SqliteDirectory = Folder }, new ConfigurationBuilder().Build(), DateTimeOffset.UtcNow, TextWriter.Null,
                CancellationToken.None).GetAwaiter().GetResult();
        }

        public string Folder { get; }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS; nothing depends on it.
            }
        }
    }

    /// <summary>A host on a copy of the generated folder (each host removes its folder when it stops; the other tests read the original).</summary>
    private sealed class GeneratedHost : PharmacyApp
    {
        public GeneratedHost(string folder)
        {
            var copy = Path.Combine(Path.GetTempPath(), "pharmacy-generated-host", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(folder, "*.db"))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            DataFolder = copy;
        }
    }
}

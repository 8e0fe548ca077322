using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pharmacy.Benchmarks;

/// <summary>
/// The baseline beside the product in the intake scenario: one endpoint that reads the same request body and inserts
/// the same prescription row with EF Core into a SQLite file of its own, with the SQLite settings the host used
/// before its write path was shortened (four PRAGMAs on every open, WAL, a unique index on the sender's id). No
/// authentication, validation, pipeline, outbox or audit: what an intake costs with nothing of the product around it.
/// </summary>
public sealed class BareIntakeApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareIntakeApp(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public const string Path = "/bare/prescriptions";

    public string BaseUrl { get; }

    public static async Task<BareIntakeApp> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var file = System.IO.Path.Combine(folder, "bare.db");
        builder.Services.AddDbContext<BareIntakeDbContext>(options => options
            .UseSqlite($"Data Source={file};Pooling=True")
            .AddInterceptors(new BarePragmas()));
        var app = builder.Build();
        long rxNumber = 7_000_000;
        app.MapPost(Path, async (BareIntakeRequest request, BareIntakeDbContext db, CancellationToken ct) =>
        {
            var row = new BarePrescription
            {
                Id = Guid.CreateVersion7(),
                RxNumber = Interlocked.Increment(ref rxNumber),
                PatientFirstName = request.Patient.FirstName,
                PatientLastName = request.Patient.LastName,
                PatientDateOfBirth = request.Patient.DateOfBirth,
                PatientSex = request.Patient.Sex,
                PatientState = request.Patient.State,
                PrescriberNpi = request.PrescriberNpi,
                FormulaCode = request.FormulaCode,
                Quantity = request.Quantity,
                Directions = request.Directions,
                DaysSupply = request.DaysSupply,
                RefillsAuthorized = request.Refills,
                RefillsRemaining = request.Refills,
                WrittenOn = request.WrittenOn,
                ExpiresOn = request.WrittenOn.AddYears(1),
                Channel = "Api",
                ExternalId = request.ExternalId,
                SubmittedBy = "bare",
                Status = "Received",
                ReceivedAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture),
            };
            db.Prescriptions.Add(row);
            await db.SaveChangesAsync(ct);
            return Results.Created($"{Path}/{row.Id}", new { id = row.Id, rxNumber = row.RxNumber, status = row.Status, created = true });
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BareIntakeDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        }

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareIntakeApp(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class BarePragmas : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}

public sealed record BareIntakeRequest(
    string PrescriberNpi, BarePatient Patient, string FormulaCode, decimal Quantity, string Directions, int DaysSupply, int Refills,
    DateOnly WrittenOn, string? ExternalId);

public sealed record BarePatient(string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string State);

public sealed class BarePrescription
{
    public Guid Id { get; set; }

    public long RxNumber { get; set; }

    public string PatientFirstName { get; set; } = "";

    public string PatientLastName { get; set; } = "";

    public DateOnly PatientDateOfBirth { get; set; }

    public string PatientSex { get; set; } = "";

    public string PatientState { get; set; } = "";

    public string PrescriberNpi { get; set; } = "";

    public string FormulaCode { get; set; } = "";

    public decimal Quantity { get; set; }

    public string Directions { get; set; } = "";

    public int DaysSupply { get; set; }

    public int RefillsAuthorized { get; set; }

    public int RefillsRemaining { get; set; }

    public DateOnly WrittenOn { get; set; }

    public DateOnly ExpiresOn { get; set; }

    public string Channel { get; set; } = "";

    public string? ExternalId { get; set; }

    public string? SubmittedBy { get; set; }

    public string Status { get; set; } = "";

    public string ReceivedAt { get; set; } = "";
}

public sealed class BareIntakeDbContext(DbContextOptions<BareIntakeDbContext> options) : DbContext(options)
{
    public DbSet<BarePrescription> Prescriptions => Set<BarePrescription>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var prescription = modelBuilder.Entity<BarePrescription>();
        prescription.ToTable("prescriptions");
        prescription.HasKey(p => p.Id);
        prescription.HasIndex(p => p.RxNumber).IsUnique();
        prescription.HasIndex(p => p.Status);
        prescription.HasIndex(p => new { p.Channel, p.SubmittedBy, p.ExternalId }).IsUnique();
        prescription.Property(p => p.Quantity).HasPrecision(12, 3);
    }
}

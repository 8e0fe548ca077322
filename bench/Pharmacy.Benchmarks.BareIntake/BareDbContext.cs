using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pharmacy.Benchmarks.BareIntake;

/// <summary>The product's prescriptions table as its SQLite migrations create it: the same columns, key and indexes.</summary>
internal sealed class BareDbContext(DbContextOptions<BareDbContext> options) : DbContext(options)
{
    public DbSet<BarePrescription> Prescriptions => Set<BarePrescription>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var prescription = modelBuilder.Entity<BarePrescription>();
        prescription.ToTable("prescriptions");
        prescription.HasKey(p => p.Id);
        prescription.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        prescription.Property(p => p.RxNumber).HasColumnName("rx_number");
        prescription.Property(p => p.PatientFirstName).HasColumnName("patient_first_name").HasMaxLength(100);
        prescription.Property(p => p.PatientLastName).HasColumnName("patient_last_name").HasMaxLength(100);
        prescription.Property(p => p.PatientDateOfBirth).HasColumnName("patient_date_of_birth");
        prescription.Property(p => p.PatientSex).HasColumnName("patient_sex").HasMaxLength(10);
        prescription.Property(p => p.PatientState).HasColumnName("patient_state").HasMaxLength(2);
        prescription.Property(p => p.PrescriberId).HasColumnName("prescriber_id");
        prescription.Property(p => p.PrescriberNpi).HasColumnName("prescriber_npi").HasMaxLength(10);
        prescription.Property(p => p.PrescriberName).HasColumnName("prescriber_name").HasMaxLength(220);
        prescription.Property(p => p.FormulaCode).HasColumnName("formula_code").HasMaxLength(40);
        prescription.Property(p => p.Quantity).HasColumnName("quantity").HasPrecision(12, 3);
        prescription.Property(p => p.Directions).HasColumnName("directions").HasMaxLength(1000);
        prescription.Property(p => p.DaysSupply).HasColumnName("days_supply");
        prescription.Property(p => p.RefillsAuthorized).HasColumnName("refills_authorized");
        prescription.Property(p => p.RefillsRemaining).HasColumnName("refills_remaining");
        prescription.Property(p => p.WrittenOn).HasColumnName("written_on");
        prescription.Property(p => p.ExpiresOn).HasColumnName("expires_on");
        prescription.Property(p => p.Channel).HasColumnName("channel").HasMaxLength(10);
        prescription.Property(p => p.ExternalId).HasColumnName("external_id").HasMaxLength(100);
        prescription.Property(p => p.Status).HasColumnName("status").HasMaxLength(20);
        prescription.Property(p => p.ReceivedAt).HasColumnName("received_at")
            .HasConversion(value => value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture),
                value => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        prescription.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        prescription.Property(p => p.SubmittedBy).HasColumnName("submitted_by").HasMaxLength(100);
        foreach (var column in new[] { "verified_by", "clarification_asked_by", "clarification_answered_by", "held_by", "cancelled_by" })
        {
            prescription.Property<string?>(column).HasMaxLength(200);
        }

        foreach (var column in new[] { "verified_at", "clarification_asked_at", "clarification_answered_at", "held_at", "cancelled_at" })
        {
            prescription.Property<string?>(column);
        }

        prescription.Property<string?>("clarification_question").HasMaxLength(1000);
        prescription.Property<string?>("clarification_answer").HasMaxLength(1000);
        prescription.Property<string?>("hold_reason").HasMaxLength(500);
        prescription.Property<string?>("status_before_hold").HasMaxLength(20);
        prescription.Property<string?>("cancellation_reason").HasMaxLength(500);
        prescription.HasIndex(p => p.RxNumber).IsUnique();
        prescription.HasIndex(p => p.Status);
        prescription.HasIndex(p => new { p.Channel, p.SubmittedBy, p.ExternalId }).IsUnique();
    }
}

/// <summary>The product's PRAGMAs (Pharmacy.Shared.Infrastructure.Persistence.SqlitePragmas), run on every connection opened.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

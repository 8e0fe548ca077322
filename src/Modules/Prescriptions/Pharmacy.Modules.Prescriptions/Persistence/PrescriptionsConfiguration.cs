using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

namespace Pharmacy.Modules.Prescriptions.Persistence;

internal sealed class PrescriberConfiguration : IEntityTypeConfiguration<Prescriber>
{
    public void Configure(EntityTypeBuilder<Prescriber> builder)
    {
        builder.ToTable("prescribers");
        builder.HasKey(prescriber => prescriber.ProviderId);
        builder.Property(prescriber => prescriber.ProviderId).ValueGeneratedNever();
        builder.Property(prescriber => prescriber.Npi).HasMaxLength(10).IsRequired();
        builder.HasIndex(prescriber => prescriber.Npi).IsUnique();
        builder.Property(prescriber => prescriber.FirstName).HasMaxLength(100);
        builder.Property(prescriber => prescriber.LastName).HasMaxLength(100);
        builder.Property(prescriber => prescriber.Credential).HasMaxLength(10);
        builder.Property(prescriber => prescriber.SuspensionReason).HasMaxLength(500);
        builder.Ignore(prescriber => prescriber.DisplayName);
    }
}

internal sealed class PrescriberLicenceConfiguration : IEntityTypeConfiguration<PrescriberLicence>
{
    public void Configure(EntityTypeBuilder<PrescriberLicence> builder)
    {
        builder.ToTable("prescriber_licences");
        builder.HasKey(licence => new { licence.ProviderId, licence.State });
        builder.Property(licence => licence.State).HasMaxLength(2);
        builder.Property(licence => licence.Number).HasMaxLength(30).IsRequired();
    }
}

internal sealed class PrescriberDeaRegistrationConfiguration : IEntityTypeConfiguration<PrescriberDeaRegistration>
{
    public void Configure(EntityTypeBuilder<PrescriberDeaRegistration> builder)
    {
        builder.ToTable("prescriber_dea_registrations");
        builder.HasKey(registration => new { registration.ProviderId, registration.Number });
        builder.Property(registration => registration.Number).HasMaxLength(9);
        builder.Property(registration => registration.Schedules).HasMaxLength(20).IsRequired();
    }
}

internal sealed class OrderableFormulaConfiguration : IEntityTypeConfiguration<OrderableFormula>
{
    public void Configure(EntityTypeBuilder<OrderableFormula> builder)
    {
        builder.ToTable("formulas");
        builder.HasKey(formula => formula.Code);
        builder.Property(formula => formula.Code).HasMaxLength(40);
        builder.Property(formula => formula.Name).HasMaxLength(200).IsRequired();
        builder.Property(formula => formula.DosageForm).HasMaxLength(30).IsRequired();
        builder.Property(formula => formula.Unit).HasMaxLength(20).IsRequired();
        builder.Property(formula => formula.Storage).HasMaxLength(30).IsRequired();
        builder.Property(formula => formula.ControlledSchedule).HasMaxLength(5);
        builder.Property(formula => formula.WithdrawalReason).HasMaxLength(1000);
    }
}

internal sealed class PrescriptionConfiguration : IEntityTypeConfiguration<Prescription>
{
    /// <summary>The owner's key on the fills table (a shadow property: a fill never points back to its prescription in code).</summary>
    private const string PrescriptionIdColumn = "PrescriptionId";

    public void Configure(EntityTypeBuilder<Prescription> builder)
    {
        builder.ToTable("prescriptions");
        builder.HasKey(prescription => prescription.Id);
        builder.HasIndex(prescription => prescription.RxNumber).IsUnique();
        builder.OwnsOne(prescription => prescription.Patient, patient =>
        {
            patient.Property(p => p.FirstName).HasColumnName("patient_first_name").HasMaxLength(100).IsRequired();
            patient.Property(p => p.LastName).HasColumnName("patient_last_name").HasMaxLength(100).IsRequired();
            patient.Property(p => p.DateOfBirth).HasColumnName("patient_date_of_birth");
            patient.Property(p => p.Sex).HasColumnName("patient_sex").HasConversion<string>().HasMaxLength(10);
            patient.Property(p => p.State).HasColumnName("patient_state").HasMaxLength(2);
            patient.HasIndex(p => p.DateOfBirth);
        });
        builder.Navigation(prescription => prescription.Patient).IsRequired();
        // The queue's name search: a prefix of the last or the first name is a range of these indexed keys.
        builder.Property<string>(PatientNameKeys.LastNameKey).HasMaxLength(PatientNameKeys.Length)
            .HasComputedColumnSql(PatientNameKeys.ComputedFrom("patient_last_name"), stored: false);
        builder.Property<string>(PatientNameKeys.FirstNameKey).HasMaxLength(PatientNameKeys.Length)
            .HasComputedColumnSql(PatientNameKeys.ComputedFrom("patient_first_name"), stored: false);
        builder.HasIndex(PatientNameKeys.LastNameKey, PatientNameKeys.FirstNameKey);
        builder.HasIndex(PatientNameKeys.FirstNameKey);
        builder.HasIndex(prescription => new { prescription.PrescriberId, prescription.RxNumber });
        // The patient record's prescriptions. No foreign key: on SQLite adding one rebuilds the whole prescriptions table,
        // outside a transaction; records are never deleted, and only intake and a merge set the reference.
        builder.HasIndex(prescription => new { prescription.PatientId, prescription.RxNumber });
        builder.Property(prescription => prescription.PrescriberNpi).HasMaxLength(10);
        builder.Property(prescription => prescription.PrescriberName).HasMaxLength(220);
        builder.Property(prescription => prescription.PrescriberDeaNumber).HasMaxLength(9);
        builder.Property(prescription => prescription.FormulaCode).HasMaxLength(40).IsRequired();
        builder.HasIndex(prescription => new { prescription.FormulaCode, prescription.RxNumber });
        builder.Property(prescription => prescription.Quantity).HasPrecision(12, 3);
        builder.Property(prescription => prescription.Directions).HasMaxLength(1000).IsRequired();
        builder.Property(prescription => prescription.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(prescription => prescription.Status).HasConversion<string>().HasMaxLength(20);
        // A queue of one status, in Rx number order either way, is read straight from this index (deep pages too).
        builder.HasIndex(prescription => new { prescription.Status, prescription.RxNumber });
        builder.Property(prescription => prescription.ExternalId).HasMaxLength(100);
        builder.Property(prescription => prescription.SubmittedBy).HasMaxLength(100);
        builder.HasIndex(prescription => new { prescription.Channel, prescription.SubmittedBy, prescription.ExternalId }).IsUnique();
        // A partner's or portal user's every query is filtered by organisation (ADR 0017): its lists come from this index.
        builder.HasIndex(prescription => new { prescription.OrganisationId, prescription.RxNumber });
        builder.Property(prescription => prescription.VerifiedBy).HasMaxLength(200);
        builder.Property(prescription => prescription.ClarificationQuestion).HasMaxLength(TextLimits.Note);
        builder.Property(prescription => prescription.ClarificationAskedBy).HasMaxLength(200);
        builder.Property(prescription => prescription.ClarificationAnswer).HasMaxLength(TextLimits.Note);
        builder.Property(prescription => prescription.ClarificationAnsweredBy).HasMaxLength(200);
        // Only prescriptions that had a question: the clarification queue's answered and all lists.
        builder.HasIndex(prescription => prescription.ClarificationAnsweredAt).HasFilter("clarification_question IS NOT NULL");
        builder.Property(prescription => prescription.HoldReason).HasMaxLength(TextLimits.Reason);
        builder.Property(prescription => prescription.HeldBy).HasMaxLength(200);
        builder.Property(prescription => prescription.StatusBeforeHold).HasConversion<string>().HasMaxLength(20);
        builder.Property(prescription => prescription.CancellationReason).HasMaxLength(TextLimits.Reason);
        builder.Property(prescription => prescription.CancelledBy).HasMaxLength(200);
        builder.Ignore(prescription => prescription.PatientName);
        builder.Ignore(prescription => prescription.LatestFill);
        builder.Property(prescription => prescription.RefillRequestStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(prescription => prescription.RefillRequestedBy).HasMaxLength(200);
        builder.Property(prescription => prescription.RefillRequestRefusal).HasMaxLength(TextLimits.Note);
        builder.Property(prescription => prescription.RefillRequestDecisionReason).HasMaxLength(TextLimits.Reason);
        builder.Property(prescription => prescription.RefillRequestDecidedBy).HasMaxLength(200);
        builder.OwnsMany(prescription => prescription.Fills, fill =>
        {
            fill.ToTable("fills");
            fill.WithOwner().HasForeignKey(PrescriptionIdColumn);
            fill.HasKey(f => f.Id);
            fill.Property(f => f.Id).ValueGeneratedNever();
            fill.HasIndex(PrescriptionIdColumn, nameof(Fill.Number)).IsUnique();
            fill.Property(f => f.Quantity).HasPrecision(12, 3);
            fill.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            fill.HasIndex(f => f.Status);
            fill.HasIndex(f => f.BatchId);
            fill.Property(f => f.BatchNumber).HasMaxLength(40);
            fill.Property(f => f.Storage).HasMaxLength(100);
            fill.Property(f => f.Method).HasConversion<string>().HasMaxLength(10);
            fill.Property(f => f.Carrier).HasMaxLength(TextLimits.Carrier);
            fill.Property(f => f.TrackingNumber).HasMaxLength(TextLimits.TrackingNumber);
            fill.Property(f => f.DispensedBy).HasMaxLength(200);
            fill.Property(f => f.CheckedBy).HasMaxLength(200);
            fill.HasIndex(f => f.CheckedAt);
            fill.Property(f => f.CollectedBy).HasMaxLength(TextLimits.PersonName);
            fill.Property(f => f.CollectorRelationship).HasConversion<string>().HasMaxLength(20);
            fill.Property(f => f.Counselling).HasConversion<string>().HasMaxLength(20);
            fill.OwnsOne(f => f.ShipTo, address =>
            {
                address.Property(a => a.Line1).HasColumnName("ship_to_line1").HasMaxLength(PatientLimits.AddressLine);
                address.Property(a => a.Line2).HasColumnName("ship_to_line2").HasMaxLength(PatientLimits.AddressLine);
                address.Property(a => a.City).HasColumnName("ship_to_city").HasMaxLength(PatientLimits.City);
                address.Property(a => a.State).HasColumnName("ship_to_state").HasMaxLength(2);
                address.Property(a => a.Zip).HasColumnName("ship_to_zip").HasMaxLength(10);
            });
            fill.Property(f => f.TooSoonOverriddenBy).HasMaxLength(200);
            fill.Property(f => f.TooSoonOverrideReason).HasMaxLength(TextLimits.Reason);
            fill.Ignore(f => f.IsAwaitingBatch);
            fill.Ignore(f => f.IsChecked);
            fill.Ignore(f => f.NeedsColdChain);
        });
        builder.Navigation(prescription => prescription.Fills).HasField("_fills").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(prescription => prescription.DomainEvents);
    }
}

/// <summary>Column sizes shared by the model and the validators, so a valid request always fits.</summary>
internal static class TextLimits
{
    public const int Note = 1000;
    public const int Reason = 500;
    public const int Carrier = 60;
    public const int TrackingNumber = 60;
    public const int PersonName = 200;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Prescriptions.Domain.Patients;

namespace Pharmacy.Modules.Prescriptions.Persistence;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    private const string PatientIdColumn = "PatientId";

    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(patient => patient.Id);
        builder.Property(patient => patient.Id).ValueGeneratedNever();
        builder.Property(patient => patient.FirstName).HasMaxLength(PatientLimits.Name).IsRequired();
        builder.Property(patient => patient.LastName).HasMaxLength(PatientLimits.Name).IsRequired();
        // Intake's match (name and date of birth) and the date of birth search start from this index.
        builder.HasIndex(patient => patient.DateOfBirth);
        builder.Property(patient => patient.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(patient => patient.State).HasMaxLength(2).IsRequired();
        // The patient list's name search: the same normalised keys as the prescription queue's.
        builder.Property<string>(PatientNameKeys.LastNameKey).HasMaxLength(PatientNameKeys.Length)
            .HasComputedColumnSql(PatientNameKeys.ComputedFrom("last_name"), stored: false);
        builder.Property<string>(PatientNameKeys.FirstNameKey).HasMaxLength(PatientNameKeys.Length)
            .HasComputedColumnSql(PatientNameKeys.ComputedFrom("first_name"), stored: false);
        builder.HasIndex(PatientNameKeys.LastNameKey, PatientNameKeys.FirstNameKey);
        builder.OwnsOne(patient => patient.HomeAddress, address => Address(address, "home"));
        builder.OwnsOne(patient => patient.ShipToAddress, address => Address(address, "ship_to"));
        builder.Property(patient => patient.Phone).HasMaxLength(PatientLimits.Phone);
        builder.Property(patient => patient.AlternatePhone).HasMaxLength(PatientLimits.Phone);
        builder.Property(patient => patient.Email).HasMaxLength(PatientLimits.Email);
        builder.Property(patient => patient.AllergyStatus).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(patient => patient.Allergies, allergy =>
        {
            allergy.ToTable("patient_allergies");
            allergy.WithOwner().HasForeignKey(PatientIdColumn);
            allergy.Property<Guid>("Id").ValueGeneratedOnAdd();
            allergy.HasKey(PatientIdColumn, "Id");
            allergy.Property(a => a.Substance).HasMaxLength(PatientLimits.Allergy).IsRequired();
            allergy.Property(a => a.Code).HasMaxLength(PatientLimits.Code);
            allergy.Property(a => a.Reaction).HasMaxLength(PatientLimits.Allergy);
        });
        builder.Navigation(patient => patient.Allergies).HasField("_allergies").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(patient => patient.CurrentMedications);
        builder.PrimitiveCollection<List<string>>("_medications").HasColumnName("current_medications").IsRequired();
        builder.OwnsOne(patient => patient.Insurance, insurance =>
        {
            insurance.Property(i => i.PayerName).HasColumnName("insurance_payer_name").HasMaxLength(PatientLimits.Payer);
            insurance.Property(i => i.Bin).HasColumnName("insurance_bin").HasMaxLength(6);
            insurance.Property(i => i.Pcn).HasColumnName("insurance_pcn").HasMaxLength(PatientLimits.InsuranceId);
            insurance.Property(i => i.GroupNumber).HasColumnName("insurance_group_number").HasMaxLength(PatientLimits.InsuranceId);
            insurance.Property(i => i.MemberId).HasColumnName("insurance_member_id").HasMaxLength(PatientLimits.InsuranceId);
            insurance.Property(i => i.Relationship).HasColumnName("insurance_relationship").HasConversion<string>().HasMaxLength(10);
        });
        // The duplicate queue: only records that wait for a decision.
        builder.HasIndex(patient => patient.PossibleDuplicateOf).HasFilter("possible_duplicate_of IS NOT NULL");
        builder.HasIndex(patient => patient.MergedInto);
        builder.Property(patient => patient.DuplicateReviewedBy).HasMaxLength(200);
        builder.Ignore(patient => patient.IsCurrent);
        builder.Ignore(patient => patient.FullName);
        builder.Ignore(patient => patient.DomainEvents);
    }

    private static void Address(OwnedNavigationBuilder<Patient, PostalAddress> address, string prefix)
    {
        address.Property(a => a.Line1).HasColumnName($"{prefix}_line1").HasMaxLength(PatientLimits.AddressLine);
        address.Property(a => a.Line2).HasColumnName($"{prefix}_line2").HasMaxLength(PatientLimits.AddressLine);
        address.Property(a => a.City).HasColumnName($"{prefix}_city").HasMaxLength(PatientLimits.City);
        address.Property(a => a.State).HasColumnName($"{prefix}_state").HasMaxLength(2);
        address.Property(a => a.Zip).HasColumnName($"{prefix}_zip").HasMaxLength(10);
    }
}

/// <summary>Column sizes of the patient record, shared by the model and the validators, so a valid request always fits.</summary>
internal static class PatientLimits
{
    public const int Name = 100;
    public const int Phone = 25;
    public const int Email = 254;
    public const int AddressLine = 100;
    public const int City = 60;
    public const int Allergy = 200;
    public const int Code = 40;
    public const int Payer = 100;
    public const int InsuranceId = 40;
    public const int Medication = 300;
    public const int Medications = 50;
    public const int Allergies = 50;
}

using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Prescriptions.Persistence;

/// <summary>The Prescriptions module's database: schema <c>prescriptions</c> on SQL Server, <c>prescriptions.db</c> on SQLite.</summary>
public sealed class PrescriptionsDbContext(DbContextOptions<PrescriptionsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "prescriptions";

    public override string Schema => SchemaName;

    public DbSet<Prescriber> Prescribers => Set<Prescriber>();

    public DbSet<PrescriberLicence> PrescriberLicences => Set<PrescriberLicence>();

    public DbSet<PrescriberDeaRegistration> PrescriberDeaRegistrations => Set<PrescriberDeaRegistration>();

    public DbSet<Prescription> Prescriptions => Set<Prescription>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<OrderableFormula> Formulas => Set<OrderableFormula>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(PrescriptionsDomainAssembly).Assembly];

    protected override IReadOnlyCollection<NumberSequence> NumberSequences => [RxNumbers.Sequence];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PrescriptionsDbContext).Assembly);
}

internal sealed class PrescriptionsDesignTimeFactory : ModuleDesignTimeFactory<PrescriptionsDbContext>
{
    protected override string Schema => PrescriptionsDbContext.SchemaName;

    protected override PrescriptionsDbContext Create(DbContextOptions<PrescriptionsDbContext> options) => new(options);
}

using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Reporting.Domain;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.ReadModels;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Reporting.Persistence;

/// <summary>The Reporting module's database: schema <c>reporting</c> on SQL Server, <c>reporting.db</c> on SQLite.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<RxTurnaround> RxTurnaround => Set<RxTurnaround>();

    public DbSet<ReceivedPrescription> ReceivedPrescriptions => Set<ReceivedPrescription>();

    /// <summary>The SQL view v_rx_turnaround: the rows with the hours between stages, as reporting tools see them.</summary>
    public IQueryable<RxTurnaroundViewRow> RxTurnaroundView => Set<RxTurnaroundViewRow>().AsNoTracking();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(ReportingDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
}

internal sealed class ReportingDesignTimeFactory : ModuleDesignTimeFactory<ReportingDbContext>
{
    protected override string Schema => ReportingDbContext.SchemaName;

    protected override ReportingDbContext Create(DbContextOptions<ReportingDbContext> options) => new(options);
}

using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Modules.Quality.Domain;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;

namespace Pharmacy.Modules.Quality.Persistence;

/// <summary>The Quality module's database: schema <c>quality</c> on SQL Server, <c>quality.db</c> on SQLite.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "quality";

    public override string Schema => SchemaName;

    public DbSet<ReleaseTask> ReleaseTasks => Set<ReleaseTask>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(QualityDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QualityDbContext).Assembly);
}

internal sealed class QualityDesignTimeFactory : ModuleDesignTimeFactory<QualityDbContext>
{
    protected override string Schema => QualityDbContext.SchemaName;

    protected override QualityDbContext Create(DbContextOptions<QualityDbContext> options) => new(options);
}

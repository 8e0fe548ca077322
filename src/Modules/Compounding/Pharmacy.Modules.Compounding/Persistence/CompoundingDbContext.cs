using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Compounding.Persistence;

/// <summary>The Compounding module's database: schema <c>compounding</c> on SQL Server, <c>compounding.db</c> on SQLite.</summary>
public sealed class CompoundingDbContext(DbContextOptions<CompoundingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "compounding";

    public override string Schema => SchemaName;

    public DbSet<Formula> Formulas => Set<Formula>();

    public DbSet<Batch> Batches => Set<Batch>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(CompoundingDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CompoundingDbContext).Assembly);
}

internal sealed class CompoundingDesignTimeFactory : ModuleDesignTimeFactory<CompoundingDbContext>
{
    protected override string Schema => CompoundingDbContext.SchemaName;

    protected override CompoundingDbContext Create(DbContextOptions<CompoundingDbContext> options) => new(options);
}

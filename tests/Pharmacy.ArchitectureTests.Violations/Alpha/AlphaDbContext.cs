using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;
using Violations.Modules.Alpha.Domain;
using Violations.Modules.Beta.Internals;

namespace Violations.Modules.Alpha.Persistence;

/// <summary>
/// Breaks schema ownership twice: a table in Beta's schema, and an entity type of Beta's. Every fixture type shares
/// one assembly, so the rule also says both entities live outside Alpha's assemblies; the tests look for the planted reasons.
/// </summary>
public sealed class AlphaDbContext(DbContextOptions<AlphaDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "alpha";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Parcel>().ToTable("parcels", "beta");
        modelBuilder.Entity<BetaLedger>().ToTable("ledgers");
    }
}

using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.Identity;

/// <summary>Users, roles, API keys and the security log, in their own schema <c>identity</c> (<c>identity.db</c> on SQLite).</summary>
public sealed class PharmacyIdentityDbContext(DbContextOptions<PharmacyIdentityDbContext> options) : IdentityDbContext<PharmacyUser>(options)
{
    public const string SchemaName = "identity";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<SecurityEvent> SecurityLog => Set<SecurityEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetToStringConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(SchemaName);
        builder.Entity<PharmacyUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.OrganisationName).HasMaxLength(200);
            user.Ignore(u => u.IsDisabled);
        });
        builder.Entity<SecurityEvent>(entry =>
        {
            entry.ToTable(SecurityLogTable.Name);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
            entry.Property(e => e.UserName).HasMaxLength(SecurityEvent.UserNameLength);
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Address).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(SecurityEvent.DetailLength);
            entry.HasIndex(e => e.OccurredAt);
            entry.HasIndex(e => new { e.UserName, e.OccurredAt });
        });
        builder.Entity<ApiKey>(key =>
        {
            key.ToTable("api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(100).IsRequired();
            key.Property(k => k.Prefix).HasMaxLength(10).IsRequired();
            key.Property(k => k.Hash).HasMaxLength(64).IsRequired();
            key.HasIndex(k => k.Hash).IsUnique();
            key.Property(k => k.Scopes).HasMaxLength(500);
            key.Property(k => k.CreatedBy).HasMaxLength(200);
            key.Property(k => k.RevokedBy).HasMaxLength(200);
            key.Property(k => k.OrganisationName).HasMaxLength(200);
            key.Ignore(k => k.ScopeList);
            key.Ignore(k => k.IsActive);
        });
    }
}

/// <summary>`dotnet ef` builds the identity context with `-- --provider Sqlite|SqlServer`, like the modules' contexts.</summary>
internal sealed class PharmacyIdentityDesignTimeFactory : ModuleDesignTimeFactory<PharmacyIdentityDbContext>
{
    protected override string Schema => PharmacyIdentityDbContext.SchemaName;

    protected override PharmacyIdentityDbContext Create(DbContextOptions<PharmacyIdentityDbContext> options) => new(options);
}

using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.Identity;

/// <summary>Users, roles and API keys, in their own schema <c>identity</c> (<c>identity.db</c> on SQLite).</summary>
public sealed class PharmacyIdentityDbContext(DbContextOptions<PharmacyIdentityDbContext> options) : IdentityDbContext<PharmacyUser>(options)
{
    public const string SchemaName = "identity";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

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
        builder.Entity<PharmacyUser>().Property(user => user.DisplayName).HasMaxLength(200);
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

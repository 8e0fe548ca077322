using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.ToTable("providers");
        builder.HasKey(provider => provider.Id);
        builder.Property(provider => provider.Npi).HasMaxLength(10).IsRequired();
        builder.HasIndex(provider => provider.Npi).IsUnique();
        builder.Property(provider => provider.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(provider => provider.LastName).HasMaxLength(100).IsRequired();
        builder.HasIndex(provider => provider.LastName);
        builder.Property(provider => provider.Credential).HasConversion<string>().HasMaxLength(10);
        builder.Property(provider => provider.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(provider => provider.StatusReason).HasMaxLength(500);
        builder.Property(provider => provider.Email).HasMaxLength(254);
        builder.Property(provider => provider.Phone).HasMaxLength(30);
        builder.Ignore(provider => provider.DisplayName);
        builder.Ignore(provider => provider.DomainEvents);
    }
}

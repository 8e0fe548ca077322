using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.ProviderCrm.Domain.Documents;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<AccountDocument>
{
    public void Configure(EntityTypeBuilder<AccountDocument> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(document => document.Id);
        builder.Property(document => document.AccountKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(document => new { document.AccountKind, document.AccountId });
        builder.Property(document => document.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(document => document.FileName).HasMaxLength(200).IsRequired();
        builder.Property(document => document.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(document => document.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(document => document.StoredAs).HasMaxLength(300).IsRequired();
        builder.HasIndex(document => document.StoredAs).IsUnique();
        builder.Property(document => document.UploadedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(document => document.DomainEvents);
    }
}

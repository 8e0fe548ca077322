using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(organisation => organisation.Id);
        builder.Property(organisation => organisation.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(organisation => organisation.Name).IsUnique();
        builder.Property(organisation => organisation.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(organisation => organisation.Phone).HasMaxLength(30).IsRequired();
        builder.Property(organisation => organisation.Email).HasMaxLength(254);
        builder.OwnsOne(organisation => organisation.Address, address =>
        {
            address.Property(a => a.Line1).HasColumnName("address_line1").HasMaxLength(200).IsRequired();
            address.Property(a => a.Line2).HasColumnName("address_line2").HasMaxLength(200);
            address.Property(a => a.City).HasColumnName("address_city").HasMaxLength(100).IsRequired();
            address.Property(a => a.State).HasColumnName("address_state").HasMaxLength(2).IsRequired();
            address.Property(a => a.Zip).HasColumnName("address_zip").HasMaxLength(10).IsRequired();
        });
        builder.Navigation(organisation => organisation.Address).IsRequired();
        builder.OwnsMany(organisation => organisation.Contacts, contact =>
        {
            contact.ToTable("organisation_contacts");
            contact.WithOwner().HasForeignKey("OrganisationId");
            contact.HasKey("OrganisationId", nameof(OrganisationContact.Number));
            contact.Property(c => c.Number).ValueGeneratedNever();
            contact.Property(c => c.Name).HasMaxLength(200).IsRequired();
            contact.Property(c => c.Role).HasMaxLength(100);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Phone).HasMaxLength(30);
        });
        builder.Navigation(organisation => organisation.Contacts).HasField("_contacts");
        builder.Ignore(organisation => organisation.DomainEvents);
    }
}

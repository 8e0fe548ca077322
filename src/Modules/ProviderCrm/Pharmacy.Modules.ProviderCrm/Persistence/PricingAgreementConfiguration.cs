using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal sealed class PricingAgreementConfiguration : IEntityTypeConfiguration<PricingAgreement>
{
    public void Configure(EntityTypeBuilder<PricingAgreement> builder)
    {
        builder.ToTable("pricing_agreements");
        builder.HasKey(agreement => agreement.Id);
        builder.Property(agreement => agreement.AccountKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(agreement => new { agreement.AccountKind, agreement.AccountId, agreement.FormulaCode });
        builder.Property(agreement => agreement.FormulaCode).HasMaxLength(PricingLimits.FormulaCodeLength).IsRequired();
        builder.Property(agreement => agreement.Terms).HasConversion<string>().HasMaxLength(20);
        builder.Property(agreement => agreement.AgreedPricePerUnit).HasColumnName("price_per_unit").HasPrecision(12, 4);
        builder.Property(agreement => agreement.DiscountPercent).HasPrecision(5, 2);
        builder.Property(agreement => agreement.Note).HasMaxLength(500);
        builder.Property(agreement => agreement.AgreedBy).HasMaxLength(200).IsRequired();
        builder.Property(agreement => agreement.ChangeReason).HasMaxLength(500);
        builder.Ignore(agreement => agreement.PricePerUnit);
        builder.Ignore(agreement => agreement.DomainEvents);
    }
}

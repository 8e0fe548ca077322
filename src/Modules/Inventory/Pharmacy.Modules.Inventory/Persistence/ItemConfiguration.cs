using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Inventory.Domain.Items;

namespace Pharmacy.Modules.Inventory.Persistence;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("items");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(item => item.Code).IsUnique();
        builder.Property(item => item.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(item => item.Name);
        builder.Property(item => item.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(item => item.Ndc).HasMaxLength(11);
        builder.Property(item => item.Unit).HasStockUnitConversion();
        builder.Property(item => item.ControlledSchedule).HasConversion<string>().HasMaxLength(5);
        builder.Property(item => item.Storage).HasConversion<string>().HasMaxLength(20);
        builder.Property(item => item.ReorderPoint).HasPrecision(QuantityPrecision.Digits, QuantityPrecision.Scale);
        builder.Property(item => item.ReorderQuantity).HasPrecision(QuantityPrecision.Digits, QuantityPrecision.Scale);
        builder.Property(item => item.CostPerUnit).HasPrecision(18, 4);
        builder.Property(item => item.Currency).HasMaxLength(3).IsRequired();
        builder.Ignore(item => item.DomainEvents);
    }
}

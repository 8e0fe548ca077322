using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Kernel;

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
        builder.Property(item => item.Unit).HasMaxLength(QuantityPrecision.UnitLength);
        builder.Property(item => item.ControlledSchedule).HasConversion<string>().HasMaxLength(5);
        builder.Property(item => item.Storage).HasConversion<string>().HasMaxLength(20);
        // The reorder levels are in the item's unit: they share its column.
        builder.ComplexProperty(item => item.ReorderPoint).InItemUnit("reorder_point");
        builder.ComplexProperty(item => item.ReorderQuantity).InItemUnit("reorder_quantity");
        builder.ComplexProperty(item => item.CostPerUnit).OnColumns("cost_per_unit", 18, 4);
        builder.Ignore(item => item.DomainEvents);
    }
}

/// <summary>
/// Quantities keep six decimals: the smallest amounts in the catalog are micrograms of a gram-counted drug
/// (alprostadil at 0.00001 g per mL).
/// </summary>
internal static class QuantityPrecision
{
    public const int Digits = 18;
    public const int Scale = 6;

    /// <summary>Units are stored by their symbol ("g", "mL", "each"), as reports and other systems read them.</summary>
    public const int UnitLength = 10;

    /// <summary>A quantity of an item on its amount column, in the unit column of the row.</summary>
    public static void InItemUnit(this ComplexPropertyBuilder<Quantity> quantity, string amountColumn)
    {
        quantity.Property(value => value.Amount).HasColumnName(amountColumn).HasPrecision(Digits, Scale);
        quantity.Property(value => value.Unit).HasColumnName("unit").HasMaxLength(UnitLength);
    }
}

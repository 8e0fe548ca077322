using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;

namespace Pharmacy.Modules.Inventory.Persistence;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.ToTable("lots");
        builder.HasKey(lot => lot.Id);
        builder.HasOne<Item>().WithMany().HasForeignKey(lot => lot.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(lot => lot.ItemCode).HasMaxLength(20).IsRequired();
        builder.Property(lot => lot.Unit).HasMaxLength(QuantityPrecision.UnitLength);
        builder.Property(lot => lot.LotNumber).HasMaxLength(50).IsRequired();
        builder.HasIndex(lot => new { lot.ItemId, lot.LotNumber }).IsUnique();
        builder.Property(lot => lot.Manufacturer).HasMaxLength(100).IsRequired();
        builder.Property(lot => lot.Vendor).HasMaxLength(100);
        builder.HasIndex(lot => lot.ExpiresOn);
        builder.Property(lot => lot.CertificateOfAnalysis).HasMaxLength(100);
        builder.Property(lot => lot.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(lot => lot.OnHand);
        builder.Ignore(lot => lot.Reserved);
        builder.Ignore(lot => lot.Available);
        builder.Ignore(lot => lot.DomainEvents);

        builder.HasMany(lot => lot.Movements).WithOne().HasForeignKey(movement => movement.LotId).OnDelete(DeleteBehavior.Restrict);
        // A lot's balances are its ledger: it is never useful without its lines.
        builder.Navigation(lot => lot.Movements).HasField("_movements").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements");
        builder.HasKey(movement => new { movement.LotId, movement.Sequence });
        builder.Property(movement => movement.Sequence).ValueGeneratedNever();
        builder.Property(movement => movement.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(movement => movement.Quantity).HasPrecision(QuantityPrecision.Digits, QuantityPrecision.Scale);
        builder.Property(movement => movement.BatchNumber).HasMaxLength(50);
        builder.HasIndex(movement => movement.BatchId);
        builder.Property(movement => movement.Reason).HasMaxLength(500);
        builder.Property(movement => movement.RecordedById).HasMaxLength(100).IsRequired();
        builder.Property(movement => movement.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

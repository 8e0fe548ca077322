using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Compounding.Domain.Batches;

namespace Pharmacy.Modules.Compounding.Persistence;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.ToTable("batches");
        builder.HasKey(batch => batch.Id);
        builder.Property(batch => batch.BatchNumber).HasMaxLength(20).IsRequired();
        builder.HasIndex(batch => batch.BatchNumber).IsUnique();
        builder.Property(batch => batch.FormulaCode).HasMaxLength(40).IsRequired();
        builder.HasIndex(batch => new { batch.FormulaCode, batch.Status });
        // The batch queue, newest first: all batches, one status, or one formula, each read in order from its index.
        builder.HasIndex(batch => new { batch.PlannedAt, batch.BatchNumber });
        builder.HasIndex(batch => new { batch.FormulaCode, batch.PlannedAt, batch.BatchNumber });
        builder.Property(batch => batch.FormulaName).HasMaxLength(200).IsRequired();
        builder.Property(batch => batch.Quantity).HasPrecision(18, 6);
        builder.Property(batch => batch.Unit).HasMaxLength(20);
        builder.Property(batch => batch.Storage).HasConversion<string>().HasMaxLength(20);
        builder.Property(batch => batch.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(batch => new { batch.Status, batch.PlannedAt, batch.BatchNumber });
        builder.Property(batch => batch.PreparedById).HasMaxLength(100);
        builder.Property(batch => batch.PreparedByName).HasMaxLength(200);
        builder.Property(batch => batch.ActualYield).HasPrecision(18, 6);
        builder.Property(batch => batch.Deviations).HasMaxLength(2000);
        builder.Property(batch => batch.CheckAssessment).HasMaxLength(2000);
        builder.Property(batch => batch.BudExplanation).HasMaxLength(1000);
        builder.Property(batch => batch.CheckedById).HasMaxLength(100);
        builder.Property(batch => batch.CheckedByName).HasMaxLength(200);
        builder.Property(batch => batch.BudLimitedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(batch => batch.QualityDecisionBy).HasMaxLength(200);
        builder.Property(batch => batch.RejectionReason).HasMaxLength(1000);
        builder.Property(batch => batch.CancellationReason).HasMaxLength(1000);
        builder.OwnsMany(batch => batch.Fills, fill =>
        {
            fill.ToTable("batch_fills");
            fill.WithOwner().HasForeignKey("BatchId");
            fill.HasKey("BatchId", nameof(BatchFill.FillId));
            fill.Property(f => f.FillId).ValueGeneratedNever();
            fill.HasIndex(f => f.FillId);
            fill.Property(f => f.Quantity).HasPrecision(18, 6);
        });
        builder.OwnsMany(batch => batch.Ingredients, ingredient =>
        {
            ingredient.ToTable("batch_ingredients");
            ingredient.WithOwner().HasForeignKey("BatchId");
            ingredient.HasKey(i => i.Id);
            ingredient.Property(i => i.Id).ValueGeneratedNever();
            ingredient.Property(i => i.ItemCode).HasMaxLength(20).IsRequired();
            ingredient.Property(i => i.Name).HasMaxLength(200).IsRequired();
            ingredient.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            // Quantities are kept as amounts, in the line's unit column.
            ingredient.Property(i => i.Unit).HasMaxLength(10);
            ingredient.Ignore(i => i.PerUnit);
            ingredient.Ignore(i => i.Theoretical);
            ingredient.Ignore(i => i.Weighed);
            ingredient.Property<decimal>("QuantityPerUnit").HasPrecision(18, 6);
            ingredient.Property<decimal>("TheoreticalQuantity").HasPrecision(18, 6);
            ingredient.Property<decimal?>("ActualQuantity").HasPrecision(18, 6);
            ingredient.Property(i => i.BalanceId).HasMaxLength(40);
        });
        builder.OwnsMany(batch => batch.Lots, lot =>
        {
            lot.ToTable("batch_lots");
            lot.WithOwner().HasForeignKey("BatchId");
            lot.HasKey(l => l.Id);
            lot.Property(l => l.Id).ValueGeneratedNever();
            lot.HasIndex(l => l.LotId);
            lot.Property(l => l.ItemCode).HasMaxLength(20).IsRequired();
            lot.Property(l => l.LotNumber).HasMaxLength(40).IsRequired();
            lot.Ignore(l => l.Allocated);
            lot.Ignore(l => l.Used);
            lot.Property<decimal>("AllocatedQuantity").HasPrecision(18, 6);
            lot.Property<decimal?>("UsedQuantity").HasPrecision(18, 6);
            lot.Property(l => l.Unit).HasMaxLength(10);
        });
        builder.Ignore(batch => batch.YieldPercent);
        builder.Ignore(batch => batch.AnyIngredientOutsideTolerance);
        builder.Ignore(batch => batch.Flags);
        builder.Ignore(batch => batch.DomainEvents);
    }
}

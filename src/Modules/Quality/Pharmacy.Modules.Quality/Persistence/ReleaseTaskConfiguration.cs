using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;

namespace Pharmacy.Modules.Quality.Persistence;

internal sealed class ReleaseTaskConfiguration : IEntityTypeConfiguration<ReleaseTask>
{
    public void Configure(EntityTypeBuilder<ReleaseTask> builder)
    {
        builder.ToTable("release_tasks");
        builder.HasKey(task => task.Id);
        // One task per batch: a redelivered BatchCompounded finds it instead of opening a second one.
        builder.HasIndex(task => task.BatchId).IsUnique();
        builder.Property(task => task.BatchNumber).HasMaxLength(40).IsRequired();
        builder.HasIndex(task => task.BatchNumber);
        builder.Property(task => task.FormulaCode).HasMaxLength(40).IsRequired();
        builder.Property(task => task.FormulaName).HasMaxLength(200).IsRequired();
        builder.Property(task => task.Quantity).HasPrecision(12, 3);
        builder.Property(task => task.Unit).HasMaxLength(20).IsRequired();
        builder.Property(task => task.BudLimitedBy).HasConversion<string>().HasMaxLength(100).IsRequired();
        builder.Property(task => task.Storage).HasConversion<string>().HasMaxLength(40).IsRequired();
        builder.Property(task => task.PreparedBy).HasMaxLength(200).IsRequired();
        builder.Property(task => task.CheckedBy).HasMaxLength(200).IsRequired();
        builder.Property(task => task.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(task => new { task.Status, task.OpenedAt });
        builder.Property(task => task.LatestResult).HasMaxLength(700);
        builder.Property(task => task.DecidedBy).HasMaxLength(200);
        builder.Property(task => task.SignatureMeaning).HasMaxLength(300);
        builder.Property(task => task.RejectionReason).HasMaxLength(500);
        builder.PrimitiveCollection(task => task.FillIds).HasField("_fillIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The lots are facts of the batch that never change here: one JSON column is enough.
        builder.OwnsMany(task => task.Lots, lots =>
        {
            lots.ToJson("lots");
            lots.Property(lot => lot.ItemCode).HasMaxLength(40);
            lots.Property(lot => lot.LotNumber).HasMaxLength(60);
            lots.Property(lot => lot.Unit).HasMaxLength(20);
        });
        builder.Navigation(task => task.Lots).HasField("_lots").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Property(task => task.YieldPercent).HasPrecision(7, 2);
        builder.Property(task => task.Deviations).HasMaxLength(2000);
        builder.Property(task => task.CheckAssessment).HasMaxLength(2000);
        builder.PrimitiveCollection(task => task.Flags).HasField("_flags").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The weights, like the lots, are facts of the compounding record that never change here.
        builder.OwnsMany(task => task.Weights, weights =>
        {
            weights.ToJson("weights");
            weights.Property(line => line.ItemCode).HasMaxLength(40);
            weights.Property(line => line.Name).HasMaxLength(200);
            weights.Property(line => line.Role).HasMaxLength(40);
            weights.Property(line => line.Unit).HasMaxLength(20);
        });
        builder.Navigation(task => task.Weights).HasField("_weights").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The checks get their own table: reporting tools read QC results by check.
        builder.OwnsMany(task => task.Checks, check =>
        {
            check.ToTable("release_task_checks");
            check.WithOwner().HasForeignKey("ReleaseTaskId");
            check.HasKey("ReleaseTaskId", nameof(QualityCheck.Sequence));
            check.Property(c => c.Sequence).ValueGeneratedNever();
            check.Property(c => c.Name).HasMaxLength(100).IsRequired();
            check.Property(c => c.Specification).HasMaxLength(300).IsRequired();
            check.Property(c => c.Measure).HasConversion<string>().HasMaxLength(20).IsRequired();
            check.Property(c => c.Lowest).HasPrecision(12, 4);
            check.Property(c => c.Highest).HasPrecision(12, 4);
            check.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(10);
            check.Ignore(c => c.HasResult);
            check.Ignore(c => c.Passed);
            check.Ignore(c => c.IsPotencyWithoutMeasure);
            check.Ignore(c => c.ReadAs);
            check.Ignore(c => c.IsMeasured);
            check.Ignore(c => c.IsPotency);
            check.Ignore(c => c.Limits);
        });
        builder.Navigation(task => task.Checks).HasField("_checks").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Every result is a row of its own, first results and retests alike; a row is never updated.
        builder.OwnsMany(task => task.Results, result =>
        {
            result.ToTable("qc_results");
            result.WithOwner().HasForeignKey("ReleaseTaskId");
            result.HasKey("ReleaseTaskId", nameof(QcResult.CheckSequence), nameof(QcResult.Sequence));
            result.Property(r => r.CheckSequence).ValueGeneratedNever();
            result.Property(r => r.Sequence).ValueGeneratedNever();
            result.Property(r => r.Result).HasMaxLength(500).IsRequired();
            result.Property(r => r.Value).HasPrecision(12, 4);
            result.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(10);
            result.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
            result.Ignore(r => r.Passed);
        });
        builder.Navigation(task => task.Results).HasField("_results").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(task => task.Investigations, investigation =>
        {
            investigation.ToTable("qc_investigations");
            investigation.WithOwner().HasForeignKey("ReleaseTaskId");
            investigation.HasKey("ReleaseTaskId", nameof(QcInvestigation.CheckSequence), nameof(QcInvestigation.Sequence));
            investigation.Property(i => i.CheckSequence).ValueGeneratedNever();
            investigation.Property(i => i.Sequence).ValueGeneratedNever();
            investigation.Property(i => i.Findings).HasMaxLength(2000).IsRequired();
            investigation.Property(i => i.DocumentedBy).HasMaxLength(200).IsRequired();
            investigation.Property(i => i.SignatureMeaning).HasMaxLength(300).IsRequired();
        });
        builder.Navigation(task => task.Investigations).HasField("_investigations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(task => task.Standings);
        builder.Ignore(task => task.DomainEvents);
    }
}

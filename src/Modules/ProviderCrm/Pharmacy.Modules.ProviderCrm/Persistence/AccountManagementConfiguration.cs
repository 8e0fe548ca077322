using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.ToTable("interactions");
        builder.HasKey(interaction => interaction.Id);
        builder.Property(interaction => interaction.AccountKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(interaction => new { interaction.AccountKind, interaction.AccountId, interaction.OccurredOn });
        builder.Property(interaction => interaction.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(interaction => interaction.Summary).HasMaxLength(2000).IsRequired();
        builder.Property(interaction => interaction.Outcome).HasMaxLength(500);
        builder.Property(interaction => interaction.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(interaction => interaction.DomainEvents);
    }
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.ToTable("follow_up_tasks");
        builder.HasKey(task => task.Id);
        builder.Property(task => task.AccountKind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(task => new { task.AccountKind, task.AccountId });
        builder.HasIndex(task => new { task.AssignedTo, task.Done, task.DueOn });
        builder.Property(task => task.Title).HasMaxLength(300).IsRequired();
        builder.Property(task => task.AssignedTo).HasMaxLength(200).IsRequired();
        builder.Property(task => task.DoneBy).HasMaxLength(200);
        builder.Property(task => task.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Ignore(task => task.DomainEvents);
    }
}

internal sealed class GiftLogEntryConfiguration : IEntityTypeConfiguration<GiftLogEntry>
{
    public void Configure(EntityTypeBuilder<GiftLogEntry> builder)
    {
        builder.ToTable("gift_log");
        builder.HasKey(entry => entry.Id);
        builder.HasIndex(entry => entry.ProviderId);
        builder.HasIndex(entry => new { entry.Review, entry.LoggedAt });
        builder.Property(entry => entry.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(entry => entry.Description).HasMaxLength(500).IsRequired();
        builder.Property(entry => entry.ValueAmount).HasColumnName("value").HasPrecision(12, 2);
        builder.Ignore(entry => entry.Value);
        builder.Property(entry => entry.Review).HasConversion<string>().HasMaxLength(20);
        builder.Property(entry => entry.LoggedBy).HasMaxLength(200).IsRequired();
        builder.Property(entry => entry.LoggedById).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.ReviewedBy).HasMaxLength(200);
        builder.Property(entry => entry.ReviewNote).HasMaxLength(500);
        builder.Ignore(entry => entry.DomainEvents);
    }
}

internal sealed class PrescribingActivityConfiguration : IEntityTypeConfiguration<PrescribingActivity>
{
    public void Configure(EntityTypeBuilder<PrescribingActivity> builder)
    {
        builder.ToTable("prescribing_activity");
        builder.HasKey(activity => activity.RxNumber);
        builder.Property(activity => activity.RxNumber).ValueGeneratedNever();
        builder.HasIndex(activity => new { activity.ReceivedMonth, activity.ProviderId });
        builder.Property(activity => activity.Revenue).HasPrecision(14, 2);
        builder.Property(activity => activity.Currency).HasMaxLength(3);
    }
}

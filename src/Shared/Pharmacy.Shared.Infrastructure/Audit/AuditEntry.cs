using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>
/// One change of a regulated record: who, when (UTC), which act, which record, its values before and after, and the
/// electronic signature when the act was a signing. Written in the same transaction as the change; no code path
/// changes or deletes it, and database triggers refuse UPDATE and DELETE.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(
        DateTimeOffset occurredAt, string userId, string userName, string action, string recordType, string recordId,
        string? before, string? after, Security.ElectronicSignature? signature)
    {
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        Before = before;
        After = after;
        SignedBy = signature?.UserName;
        SignatureMeaning = signature?.Meaning;
        SignedAt = signature?.SignedAt;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    /// <summary>The act, as the command that did it is named (VerifyPrescription, ReleaseBatch...).</summary>
    public string Action { get; private set; } = "";

    public string RecordType { get; private set; } = "";

    public string RecordId { get; private set; } = "";

    /// <summary>The changed values before the act, as JSON; null when the record was created.</summary>
    public string? Before { get; private set; }

    /// <summary>The changed values after the act, as JSON; null when the record was removed.</summary>
    public string? After { get; private set; }

    public string? SignedBy { get; private set; }

    public string? SignatureMeaning { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_entries";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedOnAdd();
        builder.Property(entry => entry.UserId).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.UserName).HasMaxLength(200).IsRequired();
        builder.Property(entry => entry.Action).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.RecordType).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.RecordId).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.SignedBy).HasMaxLength(200);
        builder.Property(entry => entry.SignatureMeaning).HasMaxLength(300);
        builder.HasIndex(entry => new { entry.RecordType, entry.RecordId });
    }
}

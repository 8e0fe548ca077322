using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// A message a handler of this module has applied. Written in the same transaction as the handler's command,
/// so a message delivered again is recognised and applied once.
/// </summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string handler, string messageType, DateTimeOffset processedAt)
    {
        MessageId = messageId;
        Handler = handler;
        MessageType = messageType;
        ProcessedAt = processedAt;
    }

    public Guid MessageId { get; private set; }

    public string Handler { get; private set; } = "";

    public string MessageType { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(message => new { message.MessageId, message.Handler });
        builder.Property(message => message.Handler).HasMaxLength(300);
        builder.Property(message => message.MessageType).HasMaxLength(200);
    }
}

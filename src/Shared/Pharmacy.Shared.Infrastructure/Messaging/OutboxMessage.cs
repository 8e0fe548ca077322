using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// An integration event waiting to leave its module, written in the same transaction as the change it reports.
/// The relay marks it processed (a whole batch in one statement) once every subscribing handler has applied it; a message that keeps failing is
/// kept as a dead letter until someone retries it.
/// </summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    /// <summary>Store order; the relay publishes in this order.</summary>
    public long Sequence { get; private set; }

    /// <summary>The message's identity for every receiver's inbox.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>The CLR type, "Namespace.Type, Assembly".</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? DeadLetteredAt { get; private set; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> TypeNames = new();

    public static OutboxMessage From(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(),
            Type = TypeNames.GetOrAdd(type, t => $"{t.FullName}, {t.Assembly.GetName().Name}"),
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }

    /// <summary>The short name of the event, for people.</summary>
    public string EventName => Type.Split(',')[0].Split('.')[^1];

    public IIntegrationEvent Deserialize()
    {
        var type = System.Type.GetType(Type, throwOnError: true)!;
        return (IIntegrationEvent)(JsonSerializer.Deserialize(Payload, type, Json)
            ?? throw new InvalidOperationException($"Outbox message {MessageId} has an empty payload."));
    }

    public void RecordFailure(string error, DateTimeOffset now, int maxAttempts, TimeSpan backoff)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= maxAttempts)
        {
            DeadLetteredAt = now;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = now + backoff;
        }
    }

    /// <summary>An administrator sends a dead letter again, with a fresh count of attempts.</summary>
    public void Requeue()
    {
        DeadLetteredAt = null;
        NextAttemptAt = null;
        Attempts = 0;
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(message => message.Sequence);
        builder.Property(message => message.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(message => message.MessageId).IsUnique();
        builder.Property(message => message.Type).HasMaxLength(400).IsRequired();
        builder.Property(message => message.Payload).IsRequired();
        builder.Property(message => message.LastError).HasMaxLength(2000);
        builder.Ignore(message => message.EventName);
        builder.HasIndex(message => new { message.ProcessedAt, message.DeadLetteredAt, message.NextAttemptAt });
    }
}

using Pharmacy.Modules.Portal.Domain.Messages.Rules;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Messages;

/// <summary>
/// A secure message on one order, between the clinic and the pharmacy: it stays behind sign-in (the e-mail that tells
/// of it names only the order's number), belongs to the order's organisation, and is read once by the other side.
/// </summary>
public sealed class OrderMessage : AggregateRoot, IOrganisationOwned
{
    public const int MaxLength = 2000;

    private OrderMessage()
    {
    }

    public OrderMessageId Id { get; private set; }

    public PortalOrderId OrderId { get; private set; }

    public long OrderNumber { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public MessageSide From { get; private set; }

    public string Author { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>When the other side first saw it; null while it is unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    public string? ReadBy { get; private set; }

    public bool IsUnread => ReadAt is null;

    public static OrderMessage Write(PortalOrder order, MessageSide from, string author, string body, DateTimeOffset now)
    {
        CheckRule(new MessageMustBeWrittenRule(body));
        var message = new OrderMessage
        {
            Id = TypedId.New<OrderMessageId>(),
            OrderId = order.Id,
            OrderNumber = order.Number,
            OrganisationId = order.OrganisationId,
            From = from,
            Author = author,
            Body = body.Trim(),
            SentAt = now,
        };
        message.Raise(new OrderMessageWrittenDomainEvent(message.Id, order.Id, order.Number, order.OrganisationId!.Value, from, now));
        return message;
    }

    /// <summary>The other side opened the conversation: the message is read from now on (the first reading counts).</summary>
    public void MarkRead(string by, DateTimeOffset now)
    {
        if (ReadAt is not null)
        {
            return;
        }

        ReadAt = now;
        ReadBy = by;
    }
}

public sealed record OrderMessageWrittenDomainEvent(
    OrderMessageId MessageId, PortalOrderId OrderId, long OrderNumber, Guid OrganisationId, MessageSide From, DateTimeOffset OccurredAt) : IDomainEvent;

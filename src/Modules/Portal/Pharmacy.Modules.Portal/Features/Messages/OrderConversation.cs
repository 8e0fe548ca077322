using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Features.Messages;

/// <summary>One message of an order's conversation as either side reads it.</summary>
public sealed record ConversationMessage(Guid Id, string From, bool FromPharmacy, string Author, string Body, DateTimeOffset SentAt, DateTimeOffset? ReadAt);

/// <summary>
/// The conversation on one order, the same for both sides: writing adds a message from the writer's side; opening it
/// marks what the other side wrote as read by the person who opened it. The order is found through the organisation
/// filter, so a clinic reaches only its own orders' conversations.
/// </summary>
internal static class OrderConversation
{
    public static async Task WriteAsync(
        PortalDbContext db, Guid orderId, MessageSide from, string author, string body, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var order = await db.OrderToActOnAsync(orderId, cancellationToken);
        db.Messages.Add(OrderMessage.Write(order, from, author, body, now));
    }

    /// <summary>The order's messages, oldest first, after marking those <paramref name="reader"/>'s side had not read yet.</summary>
    public static async Task<IReadOnlyList<ConversationMessage>> OpenAsync(
        PortalDbContext db, PortalOrderId orderId, MessageSide reader, string readBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var messages = await db.Messages.Where(m => m.OrderId == orderId).OrderBy(m => m.SentAt).ToListAsync(cancellationToken);
        foreach (var message in messages.Where(m => m.From != reader))
        {
            message.MarkRead(readBy, now);
        }

        return messages.Select(m => new ConversationMessage(
            m.Id.Value, EnumText.Of(m.From), m.From == MessageSide.Pharmacy, m.Author, m.Body, m.SentAt, m.ReadAt)).ToList();
    }
}

using Mediator;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Features.Messages;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.OpenConversation;

/// <summary>The pharmacy opens a clinic's conversation on an order: the order as the clinic sent it, and its messages, the clinic's now read.</summary>
[Access(PortalAccess.Inbox)]
public sealed record OpenConversation(Guid OrderId) : ICommand<Conversation>;

public sealed record Conversation(PortalOrder Order, IReadOnlyList<ConversationMessage> Messages);

internal sealed class OpenConversationHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<OpenConversation, Conversation>
{
    public async ValueTask<Conversation> Handle(OpenConversation command, CancellationToken cancellationToken)
    {
        var order = await db.OrderToActOnAsync(command.OrderId, cancellationToken);
        return new Conversation(order, await OrderConversation.OpenAsync(db, order.Id, MessageSide.Pharmacy, user.Name, clock.GetUtcNow(), cancellationToken));
    }
}

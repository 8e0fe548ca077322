using Mediator;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Features.Messages;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.OpenMessagesOfOrder;

/// <summary>The clinic opens the messages of one of its orders: what the pharmacy wrote is read from now on.</summary>
[Access(PortalAccess.Order)]
public sealed record OpenMessagesOfOrder(Guid OrderId) : ICommand<IReadOnlyList<ConversationMessage>>;

internal sealed class OpenMessagesOfOrderHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenMessagesOfOrder, IReadOnlyList<ConversationMessage>>
{
    public async ValueTask<IReadOnlyList<ConversationMessage>> Handle(OpenMessagesOfOrder command, CancellationToken cancellationToken)
    {
        var order = await db.OrderToActOnAsync(command.OrderId, cancellationToken);
        return await OrderConversation.OpenAsync(db, order.Id, MessageSide.Clinic, user.Name, clock.GetUtcNow(), cancellationToken);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.MarkNotificationsRead;

/// <summary>Someone of the clinic has seen the notifications: all of them are read.</summary>
[Access(PortalAccess.Order)]
public sealed record MarkNotificationsRead : ICommand;

internal sealed class MarkNotificationsReadHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationsRead>
{
    public async ValueTask<Unit> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var notification in await db.Notifications.Where(n => n.ReadAt == null).ToListAsync(cancellationToken))
        {
            notification.MarkRead(user.Name, now);
        }

        return Unit.Value;
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.GetNotifications;

/// <summary>The clinic's notifications, newest first, and how many nobody of the clinic has read yet.</summary>
[Access(PortalAccess.Order)]
public sealed record GetNotifications(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<NotificationPage>;

public sealed record NotificationPage(PagedResult<NotificationRow> Rows, int Unread);

public sealed record NotificationRow(Guid OrderId, long OrderNumber, string Text, DateTimeOffset CreatedAt, bool Unread);

internal sealed class GetNotificationsHandler(PortalDbContext db) : IQueryHandler<GetNotifications, NotificationPage>
{
    public async ValueTask<NotificationPage> Handle(GetNotifications query, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking().OrderByDescending(n => n.CreatedAt)
            .Select(n => new NotificationRow(n.OrderId.Value, n.OrderNumber, n.Text, n.CreatedAt, n.ReadAt == null))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new NotificationPage(rows, await db.Notifications.CountAsync(n => n.ReadAt == null, cancellationToken));
    }
}

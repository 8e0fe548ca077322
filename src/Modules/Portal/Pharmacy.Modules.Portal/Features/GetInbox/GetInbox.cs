using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.GetInbox;

public enum InboxFilter
{
    /// <summary>Conversations with a clinic message nobody of the pharmacy has read yet.</summary>
    Unread,
    All,
}

/// <summary>
/// The pharmacy's inbox of clinics' messages: one row per order that has a conversation, the latest first, with the
/// number of the clinic's messages not read yet. Search by order number, Rx number, prescriber or patient.
/// </summary>
[Access(PortalAccess.Inbox)]
public sealed record GetInbox(InboxFilter Filter = InboxFilter.Unread, string? Search = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<InboxConversation>>;

public sealed record InboxConversation(
    Guid OrderId, long OrderNumber, long? RxNumber, string Prescriber, string Patient, DateTimeOffset LastMessageAt, string LastFrom, int Unread);

internal sealed class GetInboxHandler(PortalDbContext db) : IQueryHandler<GetInbox, PagedResult<InboxConversation>>
{
    public async ValueTask<PagedResult<InboxConversation>> Handle(GetInbox query, CancellationToken cancellationToken)
    {
        var conversations = db.Messages.AsNoTracking()
            .GroupBy(m => m.OrderId)
            .Select(g => new
            {
                OrderId = g.Key,
                LastMessageAt = g.Max(m => m.SentAt),
                Unread = g.Count(m => m.From == MessageSide.Clinic && m.ReadAt == null),
            });
        if (query.Filter == InboxFilter.Unread)
        {
            conversations = conversations.Where(c => c.Unread > 0);
        }

        var rows = conversations.Join(db.Orders.AsNoTracking(), c => c.OrderId, o => o.Id, (c, o) => new { c.OrderId, c.LastMessageAt, c.Unread, Order = o });
        if (query.Search is { Length: > 0 } search)
        {
            var term = search.Trim();
            rows = long.TryParse(term, out var number)
                ? rows.Where(r => r.Order.Number == number || r.Order.RxNumber == number)
                : rows.Where(r => r.Order.PrescriberName.Contains(term) || r.Order.PatientLastName.Contains(term) || r.Order.PatientFirstName.Contains(term));
        }

        var total = await rows.CountAsync(cancellationToken);
        var request = new PageRequest(query.Page, query.PageSize);
        var page = await rows.OrderByDescending(r => r.Unread > 0).ThenByDescending(r => r.LastMessageAt)
            .Skip(request.Skip).Take(request.SafePageSize)
            .Select(r => new { r.OrderId, r.Order.Number, r.Order.RxNumber, r.Order.PrescriberName, r.Order.PatientFirstName, r.Order.PatientLastName, r.LastMessageAt, r.Unread })
            .ToListAsync(cancellationToken);
        var ids = page.Select(r => r.OrderId).ToList();
        var lastFrom = (await db.Messages.AsNoTracking().Where(m => ids.Contains(m.OrderId)).Select(m => new { m.OrderId, m.From, m.SentAt })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.OrderId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.SentAt)!.From);
        return new PagedResult<InboxConversation>(
            page.Select(r => new InboxConversation(
                r.OrderId.Value, r.Number, r.RxNumber, r.PrescriberName, $"{r.PatientFirstName} {r.PatientLastName}", r.LastMessageAt,
                Pharmacy.Shared.Kernel.EnumText.Of(lastFrom.GetValueOrDefault(r.OrderId)), r.Unread)).ToList(),
            request.SafePage, request.SafePageSize, total);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Features.GetOrders;

/// <summary>
/// The organisation's orders, newest first (the organisation filter of the portal's database keeps them to it), each with
/// the pharmacy's messages on it nobody of the clinic has read.
/// </summary>
[Access(PortalAccess.Order)]
public sealed record GetOrders(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<OrderSummary>>;

public sealed record OrderSummary(
    Guid Id, long Number, DateTimeOffset PlacedAt, string Patient, string Formula, string Quantity, string Status, bool HasQuestion,
    string? TrackingNumber, int UnreadMessages);

internal sealed class GetOrdersHandler(PortalDbContext db) : IQueryHandler<GetOrders, PagedResult<OrderSummary>>
{
    public async ValueTask<PagedResult<OrderSummary>> Handle(GetOrders query, CancellationToken cancellationToken)
    {
        var page = await db.Orders.AsNoTracking().OrderByDescending(o => o.Number).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var ids = page.Items.Select(o => o.Id).ToList();
        var unread = await db.Messages.AsNoTracking()
            .Where(m => ids.Contains(m.OrderId) && m.From == MessageSide.Pharmacy && m.ReadAt == null)
            .GroupBy(m => m.OrderId).Select(g => new { OrderId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OrderId, g => g.Count, cancellationToken);
        return new PagedResult<OrderSummary>(
            page.Items.Select(o => new OrderSummary(
                o.Id.Value, o.Number, o.PlacedAt, o.PatientName, o.FormulaName, o.Quantity.ToString(), EnumText.Of(o.Status),
                o.Status == OrderStatus.NeedsClarification, o.TrackingNumber,
                unread.GetValueOrDefault(o.Id))).ToList(),
            page.Page, page.PageSize, page.TotalCount);
    }
}

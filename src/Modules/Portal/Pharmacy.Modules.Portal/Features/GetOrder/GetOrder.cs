using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.GetOrder;

/// <summary>One order of the organisation; another organisation's is as unknown as a made-up id.</summary>
[Access(PortalAccess.Order)]
public sealed record GetOrder(Guid OrderId) : IQuery<PortalOrder>;

internal sealed class GetOrderHandler(PortalDbContext db) : IQueryHandler<GetOrder, PortalOrder>
{
    public async ValueTask<PortalOrder> Handle(GetOrder query, CancellationToken cancellationToken)
    {
        var id = PortalOrderId.From(query.OrderId);
        return await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("Order", query.OrderId);
    }
}

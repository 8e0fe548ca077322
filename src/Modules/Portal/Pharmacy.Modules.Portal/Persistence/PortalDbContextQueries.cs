using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Portal.Persistence;

internal static class PortalDbContextQueries
{
    /// <summary>
    /// The order to act on, tracked. It is found through the organisation filter, so another clinic's order is as unknown
    /// as a made-up id (404).
    /// </summary>
    public static async Task<PortalOrder> OrderToActOnAsync(this PortalDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var id = PortalOrderId.From(orderId);
        return await db.Orders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("Order", orderId);
    }
}

using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Inventory.Persistence;

internal static class InventoryDbContextQueries
{
    public static async Task<Item> FindItemAsync(this InventoryDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Items.SingleOrDefaultAsync(item => item.Code == normalized, cancellationToken)
               ?? throw new NotFoundException("Item", normalized);
    }

    public static async Task<Lot> FindLotAsync(this InventoryDbContext db, LotId id, CancellationToken cancellationToken) =>
        await db.Lots.SingleOrDefaultAsync(lot => lot.Id == id, cancellationToken)
        ?? throw new NotFoundException("Lot", id);
}

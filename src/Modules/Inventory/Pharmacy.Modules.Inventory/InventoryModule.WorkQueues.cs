using Pharmacy.Modules.Inventory.Features.GetExpiringLots;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Inventory;

public sealed partial class InventoryModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("Lots expiring soon", "/Inventory/Lots/Expiring", 40, InventoryAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetExpiringLots(GetExpiringLots.Windows[0]), ct)).Count,
            $"In stock and expiring within {GetExpiringLots.Windows[0]} days"),
    ];
}

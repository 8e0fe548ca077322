using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Inventory.Features.GetExpiringLots;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Lots;

[Authorize(Policy = InventoryAccess.Read)]
public sealed class ExpiringModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = GetExpiringLots.Windows[0];

    public IReadOnlyList<ExpiringLot> Lots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown window falls back to the shortest rather than failing the page.
        if (!GetExpiringLots.Windows.Contains(Days))
        {
            Days = GetExpiringLots.Windows[0];
        }

        Lots = await sender.Send(new GetExpiringLots(Days), cancellationToken);
    }
}

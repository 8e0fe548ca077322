using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Items;

[Authorize(Policy = InventoryAccess.Read)]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public ItemKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ItemSummary> Items { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await sender.Send(new GetItems(Search, Kind, PageNumber), cancellationToken);
}

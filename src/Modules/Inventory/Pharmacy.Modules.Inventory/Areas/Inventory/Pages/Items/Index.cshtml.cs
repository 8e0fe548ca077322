using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Items;

[Authorize(Policy = InventoryAccess.Read)]
public sealed class IndexModel(ISender sender) : ListPageModel<ItemSummary>
{
    [BindProperty(SupportsGet = true)]
    public ItemKind? Kind { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetItems(Search, Kind, PageNumber), cancellationToken);
}

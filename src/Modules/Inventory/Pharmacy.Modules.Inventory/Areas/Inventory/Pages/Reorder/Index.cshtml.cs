using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Inventory.Features.GetReorderSuggestions;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Reorder;

[Authorize(Policy = InventoryAccess.Read)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ReorderSuggestion> Suggestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Suggestions = await sender.Send(new GetReorderSuggestions(), cancellationToken);
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Features.GetOrders;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>The clinic's orders, newest first, each with where it stands; a question from the pharmacy stands out.</summary>
[AuthorizeAct(typeof(GetOrders))]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<OrderSummary> Orders { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Orders = await sender.Send(new GetOrders(PageNumber), cancellationToken);

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Orders = await sender.Send(new GetOrders(PageNumber), cancellationToken);
        return Partial("_OrderRows", Orders);
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Features.GetOrders;
using Pharmacy.Modules.Portal.Features.GetNotifications;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>The clinic's orders, newest first, each with where it stands; a question from the pharmacy stands out.</summary>
[AuthorizeAct(typeof(GetOrders))]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The clinic's notifications nobody of it has read: shown above the orders, with a link to them.</summary>
    public int UnreadNotifications { get; private set; }

    public PagedResult<OrderSummary> Orders { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Orders = await sender.Send(new GetOrders(PageNumber), cancellationToken);
        UnreadNotifications = (await sender.Send(new GetNotifications(PageSize: 1), cancellationToken)).Unread;
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Orders = await sender.Send(new GetOrders(PageNumber), cancellationToken);
        return Partial("_OrderRows", Orders);
    }
}

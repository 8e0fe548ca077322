using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Features.GetNotifications;
using Pharmacy.Modules.Portal.Features.MarkNotificationsRead;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>The clinic's news about its orders, newest first, unread ones marked; the same news the e-mails announce.</summary>
[AuthorizeAct(typeof(GetNotifications))]
public sealed class NotificationsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public NotificationPage Notifications { get; private set; } = new(new PagedResult<NotificationRow>([], 1, PageRequest.DefaultPageSize, 0), 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notifications = await sender.Send(new GetNotifications(PageNumber), cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsRead(), cancellationToken);
        return RedirectToPage();
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.Portal.Features.GetInbox;
using Pharmacy.Shared.Web.Paging;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages.Inbox;

/// <summary>The pharmacy's inbox of clinics' messages on their orders: unread conversations first, then the latest.</summary>
[AuthorizeAct(typeof(GetInbox))]
public sealed class IndexModel(ISender sender) : ListPageModel<InboxConversation>
{
    [BindProperty(SupportsGet = true)]
    public InboxFilter Filter { get; set; } = InboxFilter.Unread;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetInbox(Filter, Search, PageNumber), cancellationToken);
}

using Pharmacy.Modules.Portal.Features.GetInbox;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Portal;

public sealed partial class PortalModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("Unread clinic messages", "/Portal/Inbox", 15, PortalAccess.InboxRule.Roles,
            async (sender, ct) => (await sender.Send(new GetInbox(InboxFilter.Unread, PageSize: 1), ct)).TotalCount,
            "Orders on which a clinic wrote and nobody has read it yet"),
    ];
}

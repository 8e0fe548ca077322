using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host.Pages;

/// <summary>
/// Each person's home: the work queues of their roles with how many records wait in each. The delivery of messages between
/// modules is shown only to administrators, who can act on a dead letter; a clinic's person lands on the portal.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class IndexModel(IEnumerable<IOutboxAdmin> outboxes, EnabledModules modules, WorkQueueRegistry queues, ISender sender) : PageModel
{
    /// <summary>The first steps name pages of the CRM and of prescriptions; each is shown only when its module runs.</summary>
    public EnabledModules Modules => modules;

    public IReadOnlyList<(WorkQueue Queue, int Count)> Queues { get; private set; } = [];

    public IReadOnlyList<OutboxSummary> Outboxes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A clinic's person lands on their own work, the portal; the pharmacy's dashboard is not theirs.
        if (User.IsInRole(Roles.ProviderPortal) && !Roles.Staff.Any(User.IsInRole) && modules.Run("Portal"))
        {
            return Redirect("/Portal");
        }

        var counted = new List<(WorkQueue, int)>();
        foreach (var queue in queues.For(User))
        {
            counted.Add((queue, await queue.Count(sender, cancellationToken)));
        }

        Queues = counted;
        if (User.IsInRole(Roles.Admin))
        {
            var summaries = new List<OutboxSummary>();
            foreach (var outbox in outboxes)
            {
                summaries.Add(await outbox.SummaryAsync(cancellationToken));
            }

            Outboxes = summaries;
        }

        return Page();
    }
}

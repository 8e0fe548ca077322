using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Shared.Web.Security;
using Pharmacy.Shared.Infrastructure.Messaging;

namespace Pharmacy.Host.Pages;

[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class IndexModel(IEnumerable<IOutboxAdmin> outboxes, EnabledModules modules) : PageModel
{
    /// <summary>The first steps name pages of the CRM and of prescriptions; each is shown only when its module runs.</summary>
    public EnabledModules Modules => modules;

    public IReadOnlyList<OutboxSummary> Outboxes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A clinic's person lands on their own work, the portal; the pharmacy's dashboard is not theirs.
        if (User.IsInRole(Roles.ProviderPortal) && !Roles.Staff.Any(User.IsInRole) && modules.Run("Portal"))
        {
            return Redirect("/Portal");
        }

        var summaries = new List<OutboxSummary>();
        foreach (var outbox in outboxes)
        {
            summaries.Add(await outbox.SummaryAsync(cancellationToken));
        }

        Outboxes = summaries;
        return Page();
    }
}

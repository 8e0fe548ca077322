using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Shared.Infrastructure.Messaging;

namespace Pharmacy.Host.Pages;

[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class IndexModel(IEnumerable<IOutboxAdmin> outboxes, EnabledModules modules) : PageModel
{
    /// <summary>The first steps name pages of the CRM and of prescriptions; each is shown only when its module runs.</summary>
    public EnabledModules Modules => modules;

    public IReadOnlyList<OutboxSummary> Outboxes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<OutboxSummary>();
        foreach (var outbox in outboxes)
        {
            summaries.Add(await outbox.SummaryAsync(cancellationToken));
        }

        Outboxes = summaries;
    }
}

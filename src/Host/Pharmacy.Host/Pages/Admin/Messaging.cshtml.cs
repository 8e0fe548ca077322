using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Host.Identity;
using Pharmacy.Shared.Infrastructure.Messaging;

namespace Pharmacy.Host.Pages.Admin;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = HostPolicies.Admin)]
public sealed class MessagingModel(IEnumerable<IOutboxAdmin> outboxes) : PageModel
{
    public IReadOnlyList<OutboxSummary> Summaries { get; private set; } = [];

    public IReadOnlyList<DeadLetter> DeadLetters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(string module, Guid messageId, CancellationToken cancellationToken)
    {
        var outbox = outboxes.FirstOrDefault(candidate => candidate.Module == module);
        if (outbox is not null && await outbox.RetryAsync(messageId, cancellationToken))
        {
            TempData["Success"] = $"Message {messageId} is being sent again.";
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, "That dead letter no longer exists; it may have been sent again already.");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<OutboxSummary>();
        var deadLetters = new List<DeadLetter>();
        foreach (var outbox in outboxes)
        {
            summaries.Add(await outbox.SummaryAsync(cancellationToken));
            deadLetters.AddRange(await outbox.DeadLettersAsync(cancellationToken));
        }

        Summaries = summaries;
        DeadLetters = deadLetters.OrderByDescending(letter => letter.DeadLetteredAt).ToList();
    }
}

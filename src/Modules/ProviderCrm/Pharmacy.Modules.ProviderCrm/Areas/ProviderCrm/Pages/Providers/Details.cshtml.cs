using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Features.ActivateProvider;
using Pharmacy.Modules.ProviderCrm.Features.GetProvider;
using Pharmacy.Modules.ProviderCrm.Features.GetProviderHistory;
using Pharmacy.Modules.ProviderCrm.Features.SuspendProvider;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Providers;

[Authorize(Policy = CrmAccess.Read)]
public sealed class DetailsModel(ISender sender) : PageModel
{
    public ProviderDetails Provider { get; private set; } = null!;

    public string? Reason { get; private set; }

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(() => sender.Send(new ActivateProvider(id), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "The provider is active. The pharmacy now accepts their prescriptions.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        Reason = reason;
        if (await ModelState.TryAsync(() => sender.Send(new SuspendProvider(id, reason ?? ""), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "The provider is suspended. New prescriptions from them will be refused.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Provider = await sender.Send(new GetProvider(id), cancellationToken);
            History = await sender.Send(new GetProviderHistory(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

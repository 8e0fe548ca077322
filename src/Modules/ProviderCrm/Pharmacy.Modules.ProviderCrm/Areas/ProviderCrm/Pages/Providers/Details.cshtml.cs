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
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Providers;

[Authorize(Policy = CrmAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    public ProviderDetails Provider { get; private set; } = null!;

    public SuspendForm Suspend { get; private set; } = new();

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Activate", new ActivateProvider(id), "The provider is active. The pharmacy now accepts their prescriptions.", cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(Guid id, SuspendForm suspend, CancellationToken cancellationToken)
    {
        Suspend = suspend;
        return ActAsync(id, nameof(Suspend), new SuspendProvider(id, suspend.Reason ?? ""),
            "The provider is suspended. New prescriptions from them will be refused.", cancellationToken);
    }

    /// <summary>
    /// Runs one act when the act's access rule admits the person; the command's field errors land under
    /// <paramref name="form"/>, the name the act's form gives its fields.
    /// </summary>
    private async Task<IActionResult> ActAsync(Guid id, string form, IBaseCommand command, string success, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(command.GetType(), User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), form))
        {
            TempData["Success"] = success;
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

    public sealed class SuspendForm
    {
        public string? Reason { get; set; }
    }
}

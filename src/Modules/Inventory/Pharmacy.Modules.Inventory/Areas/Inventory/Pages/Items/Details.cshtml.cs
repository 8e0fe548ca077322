using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Features.AdjustStock;
using Pharmacy.Modules.Inventory.Features.GetItem;
using Pharmacy.Modules.Inventory.Features.ReleaseLot;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Items;

[Authorize(Policy = InventoryAccess.Read)]
public sealed class DetailsModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    /// <summary>What a release signature can mean; the person picks the one that is true.</summary>
    public static readonly IReadOnlyList<string> ReleaseMeanings =
    [
        "Released: certificate of analysis reviewed and meets the monograph specifications",
        "Released: identity, certificate of analysis and labeling verified against the purchase order",
    ];

    public ItemDetails Item { get; private set; } = null!;

    [BindProperty]
    public AdjustmentInput Adjustment { get; set; } = new();

    [BindProperty]
    public ReleaseInput Release { get; set; } = new();

    public bool CanAdjust { get; private set; }

    public bool CanRelease { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdjustAsync(string code, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, InventoryAccess.Adjust)).Succeeded)
        {
            return Forbid();
        }

        StockAdjusted? adjusted = null;
        var command = new AdjustStock(code, Adjustment.LotId ?? Guid.Empty, Adjustment.Change, Adjustment.Quantity ?? 0, Adjustment.Reason ?? "");
        if (await TryAsync(async () => adjusted = await sender.Send(command, cancellationToken), nameof(Adjustment)))
        {
            TempData["Success"] =
                $"Recorded on lot {adjusted!.LotNumber}: now {Quantity.Of(adjusted.OnHand, adjusted.Unit)} on hand, " +
                $"{Quantity.Of(adjusted.Available, adjusted.Unit)} available.";
            return RedirectToPage(new { code });
        }

        return await LoadAsync(code, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReleaseAsync(string code, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, InventoryAccess.Release)).Succeeded)
        {
            return Forbid();
        }

        var command = new ReleaseLot(Release.LotId ?? Guid.Empty, new SignatureInput(Release.Password ?? "", Release.Meaning ?? ""));
        if (await TryAsync(async () => await sender.Send(command, cancellationToken), nameof(Release)))
        {
            TempData["Success"] = "The lot is released: batches may now use it.";
            return RedirectToPage(new { code });
        }

        return await LoadAsync(code, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Like ModelState.TryAsync, and a lot changed by someone else meanwhile is said plainly, not a crash.</summary>
    private async Task<bool> TryAsync(Func<Task> action, string prefix)
    {
        try
        {
            return await ModelState.TryAsync(action, prefix);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "The lot was changed by someone else at the same moment. Check its stock below and try again.");
            return false;
        }
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            Item = await sender.Send(new GetItem(code), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        CanAdjust = (await authorization.AuthorizeAsync(User, InventoryAccess.Adjust)).Succeeded;
        CanRelease = (await authorization.AuthorizeAsync(User, InventoryAccess.Release)).Succeeded;
        return true;
    }

    public sealed class AdjustmentInput
    {
        public Guid? LotId { get; set; }

        public StockChange Change { get; set; }

        public decimal? Quantity { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class ReleaseInput
    {
        public Guid? LotId { get; set; }

        public string? Password { get; set; }

        public string? Meaning { get; set; }
    }
}

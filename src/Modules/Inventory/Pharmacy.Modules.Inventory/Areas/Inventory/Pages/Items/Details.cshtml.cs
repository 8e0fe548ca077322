using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Inventory.Features.AdjustStock;
using Pharmacy.Modules.Inventory.Features.GetItem;
using Pharmacy.Modules.Inventory.Features.ReleaseLot;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Inventory.Areas.Inventory.Pages.Items;

[Authorize(Policy = InventoryAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    /// <summary>What a release signature can mean; the person picks the one that is true.</summary>
    public static readonly IReadOnlyList<string> ReleaseMeanings =
    [
        "Released: certificate of analysis reviewed and meets the monograph specifications",
        "Released: identity, certificate of analysis and labeling verified against the purchase order",
    ];

    public ItemDetails Item { get; private set; } = null!;

    public AdjustmentInput Adjustment { get; private set; } = new();

    public ReleaseInput Release { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdjustAsync(string code, AdjustmentInput adjustment, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<AdjustStock>(User))
        {
            return Forbid();
        }

        Adjustment = adjustment;
        StockAdjusted? adjusted = null;
        var command = new AdjustStock(code, adjustment.LotId ?? Guid.Empty, adjustment.Change, adjustment.Quantity ?? 0, adjustment.Reason ?? "");
        if (await ModelState.TryAsync(async () => adjusted = await sender.Send(command, cancellationToken), nameof(Adjustment)))
        {
            TempData["Success"] =
                $"Recorded on lot {adjusted!.LotNumber}: now {Quantity.Of(adjusted.OnHand, adjusted.Unit)} on hand, " +
                $"{Quantity.Of(adjusted.Available, adjusted.Unit)} available.";
            return RedirectToPage(new { code });
        }

        return await LoadAsync(code, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReleaseAsync(string code, ReleaseInput release, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<ReleaseLot>(User))
        {
            return Forbid();
        }

        Release = release;
        var command = new ReleaseLot(release.LotId ?? Guid.Empty, release.Signature.ToInput());
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), nameof(Release)))
        {
            TempData["Success"] = "The lot is released: batches may now use it.";
            return RedirectToPage(new { code });
        }

        return await LoadAsync(code, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            Item = await sender.Send(new GetItem(code), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
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

        public SignatureForm Signature { get; set; } = new();
    }
}

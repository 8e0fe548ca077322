using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.CheckBatch;
using Pharmacy.Modules.Compounding.Features.GetBatch;
using Pharmacy.Modules.Compounding.Features.RecordCompounding;
using Pharmacy.Modules.Compounding.Features.StartBatch;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class DetailsModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    public BatchDetails Batch { get; private set; } = null!;

    public bool CanCompound { get; private set; }

    public bool CanSign { get; private set; }

    [BindProperty]
    public RecordForm Record { get; set; } = new();

    [BindProperty]
    public SignatureForm Signature { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, CompoundingAccess.Compound, new StartBatch(id), "The lots are reserved and the batch is in progress.", cancellationToken);

    public Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(
            id, CompoundingAccess.Compound,
            new RecordCompounding(
                id, [.. Record.Ingredients.Select(i => new WeighedIngredientInput(i.ItemCode ?? "", i.ActualQuantity ?? 0, i.BalanceId))],
                Record.ActualYield ?? 0, Record.Deviations),
            "The compounding record is complete. A pharmacist other than you checks it next.", cancellationToken, prefix: "Record");

    public Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(
            id, CompoundingAccess.Sign, new CheckBatch(id, new SignatureInput(Signature.Password ?? "", Signature.Meaning ?? "")),
            "The batch is checked and its beyond-use date assigned. It now waits for Quality's release.", cancellationToken);

    private async Task<IActionResult> ActAsync(
        Guid id, string policy, ICommand command, string success, CancellationToken cancellationToken, string prefix = "")
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix))
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        Signature.Password = null;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Batch = await sender.Send(new GetBatch(id), cancellationToken);
            CanCompound = (await authorization.AuthorizeAsync(User, CompoundingAccess.Compound)).Succeeded;
            CanSign = (await authorization.AuthorizeAsync(User, CompoundingAccess.Sign)).Succeeded;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class RecordForm
    {
        public List<WeighedRow> Ingredients { get; set; } = [];

        public decimal? ActualYield { get; set; }

        public string? Deviations { get; set; }
    }

    public sealed class WeighedRow
    {
        public string? ItemCode { get; set; }

        public decimal? ActualQuantity { get; set; }

        public string? BalanceId { get; set; }
    }

    public sealed class SignatureForm
    {
        public string? Password { get; set; }

        public string? Meaning { get; set; }
    }
}

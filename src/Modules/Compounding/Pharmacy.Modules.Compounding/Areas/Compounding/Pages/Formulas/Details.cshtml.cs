using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.ApproveFormula;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    public FormulaDetails Formula { get; private set; } = null!;

    public ApproveForm Approve { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, int? version, CancellationToken cancellationToken) =>
        await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(string code, int version, ApproveForm approve, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<ApproveFormula>(User))
        {
            return Forbid();
        }

        Approve = approve;
        var command = new ApproveFormula(code, version, approve.Signature.ToInput());
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), nameof(Approve)))
        {
            TempData["Success"] = $"{code} version {version} is approved for compounding; new batches use it.";
            return RedirectToPage(new { code, version });
        }

        return await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, int? version, CancellationToken cancellationToken)
    {
        try
        {
            Formula = await sender.Send(new GetFormula(code, version), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class ApproveForm
    {
        public SignatureForm Signature { get; set; } = new();
    }
}

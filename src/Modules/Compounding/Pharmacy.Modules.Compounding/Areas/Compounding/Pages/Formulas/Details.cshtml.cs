using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.ApproveFormula;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class DetailsModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    public FormulaDetails Formula { get; private set; } = null!;

    public bool CanSign { get; private set; }

    [BindProperty]
    public SignatureForm Signature { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, int? version, CancellationToken cancellationToken) =>
        await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(string code, int version, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, CompoundingAccess.Sign)).Succeeded)
        {
            return Forbid();
        }

        var signature = new SignatureInput(Signature.Password ?? "", Signature.Meaning ?? "");
        if (await ModelState.TryAsync(() => sender.Send(new ApproveFormula(code, version, signature), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = $"{code} version {version} is approved for compounding; new batches use it.";
            return RedirectToPage(new { code, version });
        }

        Signature.Password = null;
        return await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, int? version, CancellationToken cancellationToken)
    {
        try
        {
            Formula = await sender.Send(new GetFormula(code, version), cancellationToken);
            CanSign = (await authorization.AuthorizeAsync(User, CompoundingAccess.Sign)).Succeeded;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class SignatureForm
    {
        public string? Password { get; set; }

        public string? Meaning { get; set; }
    }
}

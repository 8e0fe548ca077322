using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.CompareFormulaVersions;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

/// <summary>Two versions of a formula side by side, each difference marked: what a change-control review reads before signing.</summary>
[Authorize(Policy = CompoundingAccess.Read)]
public sealed class CompareModel(ISender sender) : PageModel
{
    public FormulaComparison Comparison { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool OnlyDifferences { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int from, int to, CancellationToken cancellationToken)
    {
        if (from is < 1 or > 10_000 || to is < 1 or > 10_000)
        {
            return NotFound();
        }

        try
        {
            Comparison = await sender.Send(new CompareFormulaVersions(code, from, to), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}

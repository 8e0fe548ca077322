using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.GetBatch;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

/// <summary>A print view of one batch: the batch and the formula version it is made from (none while no version is approved).</summary>
public abstract class BatchPrintModel(ISender sender) : PageModel
{
    public BatchDetails Batch { get; private set; } = null!;

    public FormulaDetails? Formula { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Batch = await sender.Send(new GetBatch(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (!Batch.NoApprovedFormula)
        {
            Formula = await sender.Send(new GetFormula(Batch.FormulaCode, Batch.FormulaVersion), cancellationToken);
        }

        return Page();
    }
}

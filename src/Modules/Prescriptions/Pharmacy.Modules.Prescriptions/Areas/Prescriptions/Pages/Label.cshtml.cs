using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Features.GetFillLabel;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>The printable prescription label of a released fill.</summary>
[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class LabelModel(ISender sender) : PageModel
{
    public FillLabel Label { get; private set; } = null!;

    public Guid PrescriptionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid fillId, CancellationToken cancellationToken)
    {
        PrescriptionId = id;
        try
        {
            Label = await sender.Send(new GetFillLabel(id, fillId), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}

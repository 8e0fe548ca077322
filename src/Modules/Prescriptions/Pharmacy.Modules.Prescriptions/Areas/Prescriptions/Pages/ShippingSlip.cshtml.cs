using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Features.GetShippingSlip;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>The printable shipping slip packed with a shipped fill.</summary>
[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class ShippingSlipModel(ISender sender) : PageModel
{
    public ShippingSlip Slip { get; private set; } = null!;

    public Guid PrescriptionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid fillId, CancellationToken cancellationToken)
    {
        PrescriptionId = id;
        try
        {
            Slip = await sender.Send(new GetShippingSlip(id, fillId), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}

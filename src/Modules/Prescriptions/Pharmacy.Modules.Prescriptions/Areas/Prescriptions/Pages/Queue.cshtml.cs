using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class QueueModel(ISender sender) : ListPageModel<PrescriptionSummary>
{
    [BindProperty(SupportsGet = true)]
    public PrescriptionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public PrescriptionQueueOrder? Order { get; set; }

    [BindProperty(SupportsGet = true)]
    public DispensingStage? Stage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(
            new GetPrescriptions(Search, Status, PageNumber, Order: Order ?? PrescriptionQueueOrder.NewestFirst, Stage: Stage), cancellationToken);
}

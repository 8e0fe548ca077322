using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Features.GetPrescribers;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class PrescribersModel(ISender sender) : ListPageModel<PrescriberSummary>
{
    [BindProperty(SupportsGet = true)]
    public bool ActiveOnly { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetPrescribers(Search, ActiveOnly, PageNumber), cancellationToken);
}

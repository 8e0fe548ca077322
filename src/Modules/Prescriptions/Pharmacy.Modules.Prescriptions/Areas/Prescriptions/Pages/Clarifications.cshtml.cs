using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class ClarificationsModel(ISender sender) : ListPageModel<ClarificationSummary>
{
    [BindProperty(SupportsGet = true)]
    public ClarificationFilter Filter { get; set; } = ClarificationFilter.Open;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetClarifications(Search, Filter, PageNumber), cancellationToken);
}

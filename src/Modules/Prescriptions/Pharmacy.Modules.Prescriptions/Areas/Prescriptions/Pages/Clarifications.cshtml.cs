using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class ClarificationsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public ClarificationFilter Filter { get; set; } = ClarificationFilter.Open;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ClarificationSummary> Clarifications { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Clarifications = await sender.Send(new GetClarifications(Search, Filter, PageNumber), cancellationToken);
}

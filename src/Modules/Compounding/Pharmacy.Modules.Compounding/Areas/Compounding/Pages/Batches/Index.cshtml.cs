using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public BatchStatus? Status { get; set; }

    /// <summary>
    /// Read from the query string: in Razor Pages the route value "page" (the page's path) would win over ?page= in
    /// model binding, and the pager would always show the first page.
    /// </summary>
    public int PageNumber => int.TryParse(Request.Query["pageNumber"], out var page) ? page : 1;

    public PagedResult<BatchSummary> Batches { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Batches = await sender.Send(new GetBatches(Search, Status, PageNumber), cancellationToken);
}

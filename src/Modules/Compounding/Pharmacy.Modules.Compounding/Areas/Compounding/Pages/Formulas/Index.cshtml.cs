using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features.GetFormulas;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public PreparationType? Preparation { get; set; }

    /// <summary>
    /// Read from the query string: in Razor Pages the route value "page" (the page's path) would win over ?page= in
    /// model binding, and the pager would always show the first page.
    /// </summary>
    public int PageNumber => int.TryParse(Request.Query["pageNumber"], out var page) ? page : 1;

    public PagedResult<FormulaSummary> Formulas { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Formulas = await sender.Send(new GetFormulas(Search, Preparation, Page: PageNumber), cancellationToken);
}

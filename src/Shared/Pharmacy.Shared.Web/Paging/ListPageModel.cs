using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Shared.Web.Paging;

/// <summary>
/// A work queue or list page: a search box, the page number the pager links to (<c>?pageNumber=</c>; Razor Pages
/// keeps the route value "page" for the page's own path) and one page of rows.
/// </summary>
public abstract class ListPageModel<TRow> : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<TRow> Rows { get; protected set; } = new([], 1, PageRequest.DefaultPageSize, 0);
}

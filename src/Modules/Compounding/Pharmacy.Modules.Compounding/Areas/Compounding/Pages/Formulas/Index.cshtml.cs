using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features.GetFormulas;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class IndexModel(ISender sender) : ListPageModel<FormulaSummary>
{
    [BindProperty(SupportsGet = true)]
    public PreparationType? Preparation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetFormulas(Search, Preparation, Page: PageNumber), cancellationToken);
}

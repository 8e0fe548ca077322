using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

[Authorize(Policy = CompoundingAccess.Read)]
public sealed class IndexModel(ISender sender) : ListPageModel<BatchSummary>
{
    [BindProperty(SupportsGet = true)]
    public BatchStatus? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetBatches(Search, Status, PageNumber), cancellationToken);
}

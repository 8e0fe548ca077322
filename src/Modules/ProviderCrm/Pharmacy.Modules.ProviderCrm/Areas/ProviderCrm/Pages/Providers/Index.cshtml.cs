using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Features.GetProviders;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Providers;

[Authorize(Policy = CrmAccess.Read)]
public sealed class IndexModel(ISender sender) : ListPageModel<ProviderSummary>
{
    [BindProperty(SupportsGet = true)]
    public ProviderStatus? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetProviders(Search, Status, PageNumber), cancellationToken);
}

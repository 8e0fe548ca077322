using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Organisations;

[Authorize(Policy = CrmAccess.Read)]
public sealed class IndexModel(ISender sender) : ListPageModel<OrganisationSummary>
{
    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetOrganisations(Search, Kind, PageNumber), cancellationToken);
}

using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Features.GetExpiringCredentials;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Credentials;

/// <summary>The account manager's renewal queue: licences and DEA registrations at 60, 30 and 0 days, and expired ones.</summary>
[Authorize(Policy = CrmAccess.Read)]
public sealed class ExpiringModel(ISender sender) : ListPageModel<ExpiringCredential>
{
    [BindProperty(SupportsGet = true)]
    public ExpiryAlert? Alert { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetExpiringCredentials(null, Alert, PageNumber), cancellationToken);
}

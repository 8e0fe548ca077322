using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Features.GetInvoices;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>What the pharmacy charged for the clinic's orders and what is still owed, by the clinic and by its patients.</summary>
[AuthorizeAct(typeof(GetInvoices))]
public sealed class InvoicesModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public InvoicePage Invoices { get; private set; } = new(new PagedResult<InvoiceRow>([], 1, PageRequest.DefaultPageSize, 0), 0, 0, "USD");

    public async Task OnGetAsync(CancellationToken cancellationToken) => Invoices = await sender.Send(new GetInvoices(PageNumber), cancellationToken);
}

using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Features.AddOrganisationContact;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisation;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisationHistory;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Organisations;

/// <summary>An organisation's page: where it is, the people to talk to, the providers who practise there, its history.</summary>
[Authorize(Policy = CrmAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    public OrganisationDetails Organisation { get; private set; } = null!;

    public ContactForm Contact { get; private set; } = new();

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostContactAsync(Guid id, ContactForm contact, CancellationToken cancellationToken)
    {
        Contact = contact;
        var command = new AddOrganisationContact(id, contact.Name ?? "", contact.Role, contact.Email, contact.Phone);
        if (!await access.AllowsAsync(command.GetType(), User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), nameof(Contact)))
        {
            TempData["Success"] = $"{contact.Name} is added to the contacts.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Organisation = await sender.Send(new GetOrganisation(id), cancellationToken);
            History = await sender.Send(new GetOrganisationHistory(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class ContactForm
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Features.RegisterOrganisation;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Organisations;

[AuthorizeAct(typeof(RegisterOrganisation))]
public sealed class RegisterModel(ISender sender) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        OrganisationRegisteredResponse? registered = null;
        var done = await ModelState.TryAsync(async () => registered = await sender.Send(
            new RegisterOrganisation(
                Input.Name ?? "", Input.Kind ?? "", Input.AddressLine1 ?? "", Input.City ?? "", Input.State ?? "", Input.Zip ?? "",
                Input.Phone ?? "", Input.AddressLine2, Input.Email),
            cancellationToken));
        if (!done)
        {
            return Page();
        }

        TempData["Success"] = $"{Input.Name} is registered.";
        return RedirectToPage("Details", new { id = registered!.Id });
    }

    public sealed class RegisterInput
    {
        public string? Name { get; set; }

        public string? Kind { get; set; }

        public string? AddressLine1 { get; set; }

        public string? AddressLine2 { get; set; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? Zip { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }
    }
}

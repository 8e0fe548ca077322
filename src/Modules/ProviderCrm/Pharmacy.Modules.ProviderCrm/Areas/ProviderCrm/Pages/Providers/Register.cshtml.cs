using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Features.RegisterProvider;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Providers;

[AuthorizeAct(typeof(RegisterProvider))]
public sealed class RegisterModel(ISender sender) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ProviderRegisteredResponse? registered = null;
        var done = await ModelState.TryAsync(async () => registered = await sender.Send(
            new RegisterProvider(
                Input.Npi ?? "", Input.FirstName ?? "", Input.LastName ?? "", Input.Credential ?? "", Input.Email, Input.Phone, Input.Specialties,
                Input.Prospect),
            cancellationToken));
        if (!done)
        {
            return Page();
        }

        TempData["Success"] = Input.Prospect
            ? $"{Input.FirstName} {Input.LastName} is registered as a prospect."
            : $"{Input.FirstName} {Input.LastName} is registered and in onboarding.";
        return RedirectToPage("Details", new { id = registered!.Id });
    }

    public sealed class RegisterInput
    {
        public string? Npi { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Credential { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Specialties { get; set; }

        public bool Prospect { get; set; }
    }
}

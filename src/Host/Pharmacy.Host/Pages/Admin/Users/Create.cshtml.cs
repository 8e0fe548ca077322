using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.People;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Host.Pages.Admin.Users;

/// <summary>
/// An administrator creates an account with its roles; the person chooses their own password through a one-time
/// link, so the administrator never knows it.
/// </summary>
[Authorize(Policy = HostPolicies.Admin)]
public sealed class CreateModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    /// <summary>The link for the new user's first password: shown on this answer only.</summary>
    public string? PasswordLink { get; private set; }

    public string? CreatedUserId { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var roles = Roles.Where(Pharmacy.Shared.Web.Security.Roles.All.Contains).Distinct().ToList();
        await ModelState.TryAsync(async () =>
        {
            var (user, link) = await administration.CreateAsync(UserName, DisplayName, Email, roles, cancellationToken);
            CreatedUserId = user.Id;
            PasswordLink = $"{Request.Scheme}://{Request.Host}{link}";
        }, prefix: "");
        return Page();
    }
}

using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.People;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Host.Pages.Admin.Users;

/// <summary>One person's account: their roles, and the acts that give or take access (one handler per act).</summary>
[Authorize(Policy = HostPolicies.Admin)]
public sealed class DetailsModel(UserManager<PharmacyUser> users, UserAdministration administration, ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public PharmacyUser Person { get; private set; } = null!;

    public IReadOnlyList<string> CurrentRoles { get; private set; } = [];

    public bool IsLocked { get; private set; }

    /// <summary>The organisations a portal user can belong to, from the CRM.</summary>
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    /// <summary>A password link just issued: shown on this answer only.</summary>
    public string? PasswordLink { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(string[]? roles, CancellationToken cancellationToken) =>
        await ActAsync(() => administration.ChangeRolesAsync(Id, [.. (roles ?? []).Where(Pharmacy.Shared.Web.Security.Roles.All.Contains).Distinct()], cancellationToken),
            "Roles changed. Open sessions of this user pick them up on their next page.");

    public async Task<IActionResult> OnPostOrganisationAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        var organisations = await OrganisationChoices.LoadAsync(sender, cancellationToken);
        if (organisations.FirstOrDefault(o => o.Id == organisationId) is not { } organisation)
        {
            ModelState.AddModelError("OrganisationId", "Choose the organisation the user belongs to.");
            return await LoadAsync() ? Page() : NotFound();
        }

        return await ActAsync(() => administration.AssignOrganisationAsync(Id, organisation.Id, organisation.Name, cancellationToken),
            $"The user now belongs to {organisation.Name} and sees only its orders.");
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => administration.DisableAsync(Id, cancellationToken), "The user is disabled and signed out everywhere.");

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => administration.EnableAsync(Id, cancellationToken), "The user is enabled and can sign in again.");

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => administration.UnlockAsync(Id, cancellationToken), "The user is unlocked and can sign in again.");

    public async Task<IActionResult> OnPostPasswordLinkAsync(CancellationToken cancellationToken)
    {
        var link = "";
        if (await ModelState.TryAsync(async () => link = await administration.IssuePasswordLinkAsync(Id, cancellationToken), prefix: ""))
        {
            PasswordLink = $"{Request.Scheme}://{Request.Host}{link}";
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<IActionResult> ActAsync(Func<Task> act, string success)
    {
        if (await ModelState.TryAsync(act, prefix: ""))
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id = Id });
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.FindByIdAsync(Id) is not { } person)
        {
            return false;
        }

        Person = person;
        CurrentRoles = [.. (await users.GetRolesAsync(person)).Order()];
        IsLocked = administration.IsLocked(person);
        if (CurrentRoles.Contains(Pharmacy.Shared.Web.Security.Roles.ProviderPortal))
        {
            Organisations = await OrganisationChoices.LoadAsync(sender, HttpContext.RequestAborted);
        }

        return true;
    }
}

using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host.Pages.Admin;

/// <summary>Administrators give external systems keys with the scopes they need, and revoke them.</summary>
[Authorize(Policy = HostPolicies.Admin)]
public sealed class ApiKeysModel(
    PharmacyIdentityDbContext db, ICurrentUser user, TimeProvider clock, SecurityLogWriter log, ApiKeyCache cache, ISender sender) : PageModel
{
    /// <summary>
    /// What a partner organisation's key may be given: the scopes whose records carry their organisation, so that every
    /// endpoint the key reaches is filtered by it (ADR 0017).
    /// </summary>
    public static readonly IReadOnlyList<string> OrganisationScopes = [Scopes.PrescriptionsRead, Scopes.PrescriptionsWrite];

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The partner organisations a key can belong to, from the CRM.</summary>
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public Guid? OrganisationId { get; private set; }

    public string? Name { get; private set; }

    public IReadOnlyList<string> SelectedScopes { get; private set; } = [];

    /// <summary>The key just created: shown on this answer only, never stored.</summary>
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string[]? scopes, Guid? organisationId, CancellationToken cancellationToken)
    {
        Name = name;
        OrganisationId = organisationId;
        SelectedScopes = (scopes ?? []).Where(Scopes.All.Contains).ToList();
        await LoadAsync(cancellationToken);
        var organisation = Organisations.FirstOrDefault(o => o.Id == organisationId);
        if (organisationId is not null && organisation is null)
        {
            ModelState.AddModelError(nameof(OrganisationId), "Choose an organisation from the list, or the pharmacy itself.");
        }
        else if (organisation is not null && SelectedScopes.Except(OrganisationScopes).Any())
        {
            ModelState.AddModelError(
                nameof(SelectedScopes), $"A partner organisation's key may only have {string.Join(" and ", OrganisationScopes)}: the other modules' records are the pharmacy's own.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            ModelState.AddModelError(nameof(Name), "Name the system that will use the key.");
        }
        else if (name.Trim().Length > 100)
        {
            ModelState.AddModelError(nameof(Name), "Keep the name under 100 characters.");
        }

        if (SelectedScopes.Count == 0)
        {
            ModelState.AddModelError(nameof(SelectedScopes), "Choose at least one scope.");
        }

        if (ModelState.IsValid)
        {
            var key = ApiKey.Create(name!, SelectedScopes, user.Name, clock.GetUtcNow(), out var secret);
            if (organisation is not null)
            {
                key.ForOrganisation(organisation.Id, organisation.Name);
            }

            db.ApiKeys.Add(key);
            await db.SaveChangesAsync(cancellationToken);
            await log.RecordAsync(SecurityEventKind.ApiKeyCreated, "", $"{key.Name} ({key.Prefix}…) for {key.OrganisationName ?? "the pharmacy"}: {key.Scopes}", cancellationToken: cancellationToken);
            NewSecret = secret;
            Name = null;
            OrganisationId = null;
            SelectedScopes = [];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return NotFound();
        }

        key.Revoke(user.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(key.Hash);
        await log.RecordAsync(SecurityEventKind.ApiKeyRevoked, "", $"{key.Name} ({key.Prefix}…)", cancellationToken: cancellationToken);
        TempData["Success"] = $"The key \"{key.Name}\" is revoked; requests with it are refused from now on.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        Organisations = await OrganisationChoices.LoadAsync(sender, cancellationToken);
    }
}

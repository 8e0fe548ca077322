using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.People;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Host.Pages.Admin.Users;

/// <summary>Everyone who can sign in, found by user name or name, with their roles and whether they can sign in now.</summary>
[Authorize(Policy = HostPolicies.Admin)]
public sealed class IndexModel(UserManager<PharmacyUser> users, UserAdministration administration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<PersonRow> People { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var request = new PageRequest(PageNumber);
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            var normalized = term.ToUpperInvariant();
            query = query.Where(user => user.NormalizedUserName!.Contains(normalized) || user.DisplayName.Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(user => user.UserName).Skip(request.Skip).Take(request.SafePageSize).ToListAsync(cancellationToken);
        var rows = new List<PersonRow>(page.Count);
        foreach (var user in page)
        {
            rows.Add(new PersonRow(user.Id, user.UserName!, user.DisplayName, [.. (await users.GetRolesAsync(user)).Order()], StatusOf(user)));
        }

        People = new PagedResult<PersonRow>(rows, request.SafePage, request.SafePageSize, total);
    }

    private string StatusOf(PharmacyUser user) => user.IsDisabled ? "Disabled" : administration.IsLocked(user) ? "Locked" : "Active";

    public sealed record PersonRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string Status);
}

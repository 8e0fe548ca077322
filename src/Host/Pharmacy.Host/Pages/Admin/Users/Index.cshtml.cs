using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.People;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Host.Pages.Admin.Users;

/// <summary>Everyone who can sign in, found by user name or name, with their roles and whether they can sign in now.</summary>
[Authorize(Policy = HostPolicies.Admin)]
public sealed class IndexModel(UserManager<PharmacyUser> users, UserAdministration administration) : ListPageModel<IndexModel.PersonRow>
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            var normalized = term.ToUpperInvariant();
            query = query.Where(user => user.NormalizedUserName!.Contains(normalized) || user.DisplayName.Contains(term));
        }

        var page = await query.OrderBy(user => user.UserName).ToPageAsync(PageNumber, PageRequest.DefaultPageSize, cancellationToken);
        var rows = new List<PersonRow>(page.Items.Count);
        foreach (var user in page.Items)
        {
            rows.Add(new PersonRow(user.Id, user.UserName!, user.DisplayName, [.. (await users.GetRolesAsync(user)).Order()], StatusOf(user)));
        }

        Rows = new PagedResult<PersonRow>(rows, page.Page, page.PageSize, page.TotalCount);
    }

    private string StatusOf(PharmacyUser user) => user.IsDisabled ? "Disabled" : administration.IsLocked(user) ? "Locked" : "Active";

    public sealed record PersonRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string Status);
}

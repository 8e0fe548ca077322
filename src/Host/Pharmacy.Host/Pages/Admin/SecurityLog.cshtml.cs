using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Host.Pages.Admin;

/// <summary>The security log, newest first, searched by user name, kind of event and days (UTC).</summary>
[Authorize(Policy = HostPolicies.Admin)]
public sealed class SecurityLogModel(PharmacyIdentityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public SecurityEventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<SecurityEvent> Events { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.SecurityLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var term = UserName.Trim();
            query = query.Where(entry => entry.UserName.Contains(term));
        }

        if (Kind is { } kind)
        {
            query = query.Where(entry => entry.Kind == kind);
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(entry => entry.OccurredAt >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(entry => entry.OccurredAt < end);
        }

        // The id grows with time, and sorts the same on both databases.
        Events = await query.OrderByDescending(entry => entry.Id).ToPageAsync(PageNumber, PageRequest.DefaultPageSize, cancellationToken);
    }
}

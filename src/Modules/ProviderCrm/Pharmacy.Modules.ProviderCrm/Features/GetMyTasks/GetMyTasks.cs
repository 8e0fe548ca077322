using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Features.GetFollowUpTasks;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.GetMyTasks;

/// <summary>The signed-in person's open follow-up tasks, the most overdue first, each with whom it is for.</summary>
public sealed record GetMyTasks(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<FollowUpTaskRow>>;

internal sealed class GetMyTasksHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock, PharmacyTimeZone zone)
    : IQueryHandler<GetMyTasks, PagedResult<FollowUpTaskRow>>
{
    public async ValueTask<PagedResult<FollowUpTaskRow>> Handle(GetMyTasks query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(zone.Local(clock.GetUtcNow()).DateTime);
        var page = await db.FollowUpTasks.AsNoTracking()
            .Where(task => !task.Done && task.AssignedTo == user.Name)
            .OrderBy(task => task.DueOn).ThenBy(task => task.CreatedAt)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var providerIds = page.Items.Where(t => t.AccountKind == AccountKind.Provider).Select(t => ProviderId.From(t.AccountId)).ToList();
        var organisationIds = page.Items.Where(t => t.AccountKind == AccountKind.Organisation).Select(t => OrganisationId.From(t.AccountId)).ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName }).ToDictionaryAsync(p => p.Id.Value, p => $"{p.FirstName} {p.LastName}", cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id.Value, o => o.Name, cancellationToken);
        return new PagedResult<FollowUpTaskRow>(
            [.. page.Items.Select(task => new FollowUpTaskRow(
                task.Id.Value, task.AccountKind.ToString(), task.AccountId,
                (task.AccountKind == AccountKind.Provider ? providers : organisations).GetValueOrDefault(task.AccountId, "—"),
                task.Title, task.DueOn, task.AssignedTo, task.Done, task.DoneBy, task.DoneAt, task.IsOverdueOn(today)))],
            page.Page, page.PageSize, page.TotalCount);
    }
}

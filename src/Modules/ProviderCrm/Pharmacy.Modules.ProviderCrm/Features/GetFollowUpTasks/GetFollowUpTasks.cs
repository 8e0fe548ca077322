using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.ProviderCrm.Features.GetFollowUpTasks;

/// <summary>A provider's or organisation's follow-up tasks: open ones by due day first, then the latest done.</summary>
public sealed record GetFollowUpTasks(AccountKind AccountKind, Guid AccountId) : IQuery<IReadOnlyList<FollowUpTaskRow>>;

public sealed record FollowUpTaskRow(
    Guid Id, string AccountKind, Guid AccountId, string AccountName, string Title, DateOnly DueOn, string AssignedTo, bool Done, string? DoneBy,
    DateTimeOffset? DoneAt, bool Overdue);

internal sealed class GetFollowUpTasksHandler(ProviderCrmDbContext db, TimeProvider clock, PharmacyTimeZone zone)
    : IQueryHandler<GetFollowUpTasks, IReadOnlyList<FollowUpTaskRow>>
{
    private const int MaxDoneShown = 20;

    public async ValueTask<IReadOnlyList<FollowUpTaskRow>> Handle(GetFollowUpTasks query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(zone.Local(clock.GetUtcNow()).DateTime);
        var tasks = await db.FollowUpTasks.AsNoTracking()
            .Where(task => task.AccountKind == query.AccountKind && task.AccountId == query.AccountId)
            .OrderBy(task => task.Done).ThenBy(task => task.DueOn)
            .ToListAsync(cancellationToken);
        return [.. tasks.Where(task => !task.Done).Concat(tasks.Where(task => task.Done).OrderByDescending(task => task.DoneAt).Take(MaxDoneShown))
            .Select(task => new FollowUpTaskRow(
                task.Id.Value, task.AccountKind.ToString(), task.AccountId, "", task.Title, task.DueOn, task.AssignedTo, task.Done, task.DoneBy,
                task.DoneAt, task.IsOverdueOn(today)))];
    }
}

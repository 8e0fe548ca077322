using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;

namespace Pharmacy.Modules.Quality.Features.GetReleaseQueueSummary;

/// <summary>The queue at a glance: how many tasks in each state, how long open ones have waited, how long releases take.</summary>
public sealed record GetReleaseQueueSummary : IQuery<ReleaseQueueSummary>;

public sealed record ReleaseQueueSummary(
    IReadOnlyList<CountOf> ByStatus, IReadOnlyList<CountOf> OpenByAge, TimeSpan? MedianReleaseTime, int ReleasesMeasured);

public sealed record CountOf(string Label, int Count);

internal sealed class GetReleaseQueueSummaryHandler(QualityDbContext db, TimeProvider clock) : IQueryHandler<GetReleaseQueueSummary, ReleaseQueueSummary>
{
    /// <summary>Release times are measured over the latest releases only, so that the figure follows current practice.</summary>
    private const int RecentReleases = 50;

    private static readonly (string Label, TimeSpan UpTo)[] AgeBands =
    [
        ("Under 1 day", TimeSpan.FromDays(1)), ("1-2 days", TimeSpan.FromDays(2)), ("2-3 days", TimeSpan.FromDays(3)), ("Over 3 days", TimeSpan.MaxValue),
    ];

    public async ValueTask<ReleaseQueueSummary> Handle(GetReleaseQueueSummary query, CancellationToken cancellationToken)
    {
        var counts = await db.ReleaseTasks.AsNoTracking()
            .GroupBy(task => task.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var byStatus = Enum.GetValues<ReleaseTaskStatus>()
            .Select(status => new CountOf(status.ToString(), counts.SingleOrDefault(c => c.Status == status)?.Count ?? 0))
            .ToList();

        var now = clock.GetUtcNow();
        var openedAt = await db.ReleaseTasks.AsNoTracking()
            .Where(task => task.Status == ReleaseTaskStatus.Open)
            .Select(task => task.OpenedAt)
            .ToListAsync(cancellationToken);
        var bands = openedAt.Select(at => Array.FindIndex(AgeBands, band => now - at < band.UpTo)).ToList();
        var openByAge = AgeBands.Select((band, i) => new CountOf(band.Label, bands.Count(b => b == i))).ToList();

        var releases = await db.ReleaseTasks.AsNoTracking()
            .Where(task => task.Status == ReleaseTaskStatus.Released && task.DecidedAt != null)
            .OrderByDescending(task => task.DecidedAt)
            .Take(RecentReleases)
            .Select(task => new { task.OpenedAt, task.DecidedAt })
            .ToListAsync(cancellationToken);
        var durations = releases.Select(r => r.DecidedAt!.Value - r.OpenedAt).Order().ToList();
        TimeSpan? median = durations.Count == 0 ? null : durations[durations.Count / 2];
        return new ReleaseQueueSummary(byStatus, openByAge, median, durations.Count);
    }
}

internal static class GetReleaseQueueSummaryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/release-tasks/summary", (ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetReleaseQueueSummary(), cancellationToken))
            .WithName(nameof(GetReleaseQueueSummary))
            .WithSummary("Release tasks by status, open tasks by age, median release time")
            .Produces<ReleaseQueueSummary>();
}

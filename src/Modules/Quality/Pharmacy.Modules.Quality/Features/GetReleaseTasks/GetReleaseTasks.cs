using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Quality.Features.GetReleaseTasks;

/// <summary>The release queue: open tasks first, oldest first; then decided ones, latest first. Search by batch or formula.</summary>
public sealed record GetReleaseTasks(string? Search, ReleaseTaskStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ReleaseTaskSummary>>;

public sealed record ReleaseTaskSummary(
    Guid Id, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit, string Status,
    int Checks, int ChecksWithResult, int ChecksPassed, DateTimeOffset BeyondUseDate, DateTimeOffset OpenedAt, DateTimeOffset? DecidedAt,
    string? DecidedBy);

internal sealed class GetReleaseTasksHandler(QualityDbContext db) : IQueryHandler<GetReleaseTasks, PagedResult<ReleaseTaskSummary>>
{
    public async ValueTask<PagedResult<ReleaseTaskSummary>> Handle(GetReleaseTasks query, CancellationToken cancellationToken)
    {
        var tasks = db.ReleaseTasks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // LIKE ignores case on both providers; the user's wildcards are taken literally.
            var pattern = LikePattern.Containing(query.Search);
            tasks = tasks.Where(task => EF.Functions.Like(task.BatchNumber, pattern, LikePattern.EscapeCharacter)
                                        || EF.Functions.Like(task.FormulaCode, pattern, LikePattern.EscapeCharacter)
                                        || EF.Functions.Like(task.FormulaName, pattern, LikePattern.EscapeCharacter));
        }

        if (query.Status is { } status)
        {
            tasks = tasks.Where(task => task.Status == status);
        }

        return await tasks
            .OrderByDescending(task => task.Status == ReleaseTaskStatus.Open)
            .ThenByDescending(task => task.DecidedAt)
            .ThenBy(task => task.OpenedAt)
            .Select(task => new ReleaseTaskSummary(
                task.Id.Value, task.BatchNumber, task.FormulaCode, task.FormulaName, task.FormulaVersion, task.Quantity, task.Unit,
                task.Status.ToString(), task.Checks.Count, task.ChecksWithResult, task.ChecksPassed, task.BeyondUseDate, task.OpenedAt,
                task.DecidedAt, task.DecidedBy))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetReleaseTasksEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/release-tasks", (string? search, ReleaseTaskStatus? status, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetReleaseTasks(search, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetReleaseTasks))
            .WithSummary("The batch release queue, with search, status filter and paging")
            .Produces<PagedResult<ReleaseTaskSummary>>();
}
